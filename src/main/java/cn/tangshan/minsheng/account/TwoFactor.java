package cn.tangshan.minsheng.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 seconds, as the common authenticator
 * apps use), with the QR code drawn by the portal and ten recovery codes. Codes are
 * checked against the real time, never the demo clock, since the phone's app uses it: the
 * current 30-second step and one on either side (a phone's clock a little off). A code
 * logs in once: its step is taken ({@code totp_last_step}), and a code of that step or an
 * earlier one is refused, so a code seen or relayed cannot be used again.
 */
@Service
public class TwoFactor {

	static final String ISSUER = "民生工程调度平台";

	private static final int RECOVERY_CODES = 10;

	/** Seconds of one TOTP step. */
	private static final long PERIOD = 30;

	/** Steps accepted on either side of the current one. */
	private static final int DISCREPANCY = 1;

	private final Accounts accounts;

	private final SecretGenerator secrets = new DefaultSecretGenerator();

	private final QrGenerator qr = new ZxingPngQrGenerator();

	private final CodeGenerator codes = new DefaultCodeGenerator();

	private final ApplicationEventPublisher events;

	TwoFactor(Accounts accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
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
		if (step(secret, code).isEmpty()) {
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
		OptionalLong step = (secret != null) ? step(secret, code) : OptionalLong.empty();
		if (step.isPresent() && isVerified(session, user)) {
			// The same form sent twice (a double click): this session already gave it.
			return true;
		}
		boolean ok;
		if (step.isPresent()) {
			ok = this.accounts.takeTotpStep(user.id(), step.getAsLong());
			if (!ok) {
				refused(user, TotpRefused.Reason.REPLAYED);
			}
		}
		else {
			ok = this.accounts.useRecoveryCode(user.id(), code);
			if (!ok) {
				refused(user, TotpRefused.Reason.WRONG_CODE);
			}
		}
		if (ok) {
			TwoFactorFilter.markVerified(session, user);
		}
		return ok;
	}

	/** The last wrong code a session may give was given: its login is being ended. */
	public void tooManyCodes(CurrentUser user) {
		refused(user, TotpRefused.Reason.TOO_MANY_CODES);
	}

	private void refused(CurrentUser user, TotpRefused.Reason reason) {
		this.events.publishEvent(new TotpRefused(user.getUsername(), user.unitId(), reason));
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

	/** The time step whose code this is, if it is the code of one near now. */
	private OptionalLong step(String secret, String code) {
		String digits = (code != null) ? code.replace(" ", "") : "";
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = Math.floorDiv(System.currentTimeMillis() / 1000, PERIOD);
		byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
		for (long step = now - DISCREPANCY; step <= now + DISCREPANCY; step++) {
			try {
				// Compared in constant time, as the library's verifier does.
				if (MessageDigest.isEqual(this.codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						given)) {
					return OptionalLong.of(step);
				}
			}
			catch (CodeGenerationException ex) {
				throw new IllegalStateException("TOTP code could not be computed", ex);
			}
		}
		return OptionalLong.empty();
	}

}
