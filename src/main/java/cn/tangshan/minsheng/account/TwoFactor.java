package cn.tangshan.minsheng.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Service;

/**
 * TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 seconds, as the common authenticator
 * apps use), with the QR code drawn by the portal and ten recovery codes. Codes are
 * checked against the real time, never the demo clock, since the phone's app uses it.
 */
@Service
public class TwoFactor {

	static final String ISSUER = "民生工程调度平台";

	private static final int RECOVERY_CODES = 10;

	private final Accounts accounts;

	private final SecretGenerator secrets = new DefaultSecretGenerator();

	private final QrGenerator qr = new ZxingPngQrGenerator();

	private final CodeVerifier verifier;

	TwoFactor(Accounts accounts) {
		this.accounts = accounts;
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	public String newSecret() {
		return this.secrets.generate();
	}

	/**
	 * The otpauth:// address as a PNG data URI, for an {@code <img>} (CSP allows data:).
	 */
	public String qrCode(String secret, String username) {
		QrData data = new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			return Utils.getDataUriForImage(this.qr.generate(data), this.qr.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("QR code could not be drawn", ex);
		}
	}

	/**
	 * Stores the secret once the user proved their app has it, and returns the recovery
	 * codes to show once; empty if the code was wrong.
	 */
	public List<String> confirmEnrolment(CurrentUser user, String secret, String code, HttpSession session) {
		if (!validCode(secret, code)) {
			return List.of();
		}
		List<String> recovery = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		this.accounts.enrolTotp(user.id(), secret, recovery.stream().map((c) -> c.toLowerCase(Locale.ROOT)).toList());
		TwoFactorFilter.markVerified(session, user);
		return recovery;
	}

	/** The second step of the login: a current TOTP code, or an unused recovery code. */
	public boolean verify(CurrentUser user, String code, HttpSession session) {
		if (code == null || code.isBlank() || code.length() > 64) {
			return false;
		}
		String secret = this.accounts.totpSecret(user.id()).orElse(null);
		boolean ok = (secret != null && validCode(secret, code)) || this.accounts.useRecoveryCode(user.id(), code);
		if (ok) {
			TwoFactorFilter.markVerified(session, user);
		}
		return ok;
	}

	public boolean isVerified(HttpSession session, CurrentUser user) {
		return TwoFactorFilter.isVerified(session, user);
	}

	public boolean enrolled(CurrentUser user) {
		return this.accounts.totpSecret(user.id()).isPresent();
	}

	public long unusedRecoveryCodes(CurrentUser user) {
		return this.accounts.unusedRecoveryCodes(user.id());
	}

	private boolean validCode(String secret, String code) {
		String digits = (code != null) ? code.replace(" ", "") : "";
		return digits.matches("\\d{6}") && this.verifier.isValidCode(secret, digits);
	}

}
