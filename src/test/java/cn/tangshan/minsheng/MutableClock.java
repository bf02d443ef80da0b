package cn.tangshan.minsheng;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock tests can set and move. {@link PortalTest} puts one in place of the portal's
 * clock, starting at 2024-07-03 09:00 Asia/Shanghai (June's reports due in three days).
 * Tests that move it put it back with {@link #reset()}.
 */
public class MutableClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final LocalDateTime START = LocalDateTime.of(2024, 7, 3, 9, 0);

	private volatile Instant now = START.atZone(ZONE).toInstant();

	public void set(LocalDateTime time) {
		this.now = time.atZone(ZONE).toInstant();
	}

	public void reset() {
		set(START);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
