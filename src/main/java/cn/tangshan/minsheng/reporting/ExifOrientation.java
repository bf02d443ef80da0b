package cn.tangshan.minsheng.reporting;

import java.awt.geom.AffineTransform;

/**
 * The orientation a camera records in a JPEG's Exif data (tag 0x0112, values 1 to 8):
 * phones store photos sideways and say how to turn them. ImageIO ignores it, so a
 * thumbnail would come out sideways without this.
 */
final class ExifOrientation {

	private static final int TAG_ORIENTATION = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * The orientation of a JPEG, 1 (as stored) when it has none or it cannot be read.
	 */
	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length) {
				if (u8(jpeg, at) != 0xFF) {
					return 1;
				}
				int marker = u8(jpeg, at + 1);
				if (marker == 0xFF) {
					at++;
					continue;
				}
				if (marker == 0xDA || marker == 0xD9) {
					// Image data starts: the metadata segments are all before it.
					return 1;
				}
				int length = u16(jpeg, at + 2, false);
				if (marker == 0xE1 && isExif(jpeg, at + 4)) {
					return orientation(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
				}
				at += 2 + length;
			}
		}
		catch (IndexOutOfBoundsException ex) {
			// A broken Exif block: show the photo as stored.
		}
		return 1;
	}

	/**
	 * Maps a stored image of the given size onto the upright one.
	 */
	static AffineTransform transform(int orientation, int width, int height) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
			default -> new AffineTransform();
		};
	}

	private static boolean isExif(byte[] b, int at) {
		return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
				&& b[at + 4] == 0 && b[at + 5] == 0;
	}

	/**
	 * Reads the orientation from the TIFF structure that starts at {@code tiff}.
	 */
	private static int orientation(byte[] b, int tiff, int end) {
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		if (u16(b, tiff + 2, little) != 42) {
			return 1;
		}
		int ifd = tiff + (int) u32(b, tiff + 4, little);
		int entries = u16(b, ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + 12 * i;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == TAG_ORIENTATION) {
				int value = u16(b, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static int u8(byte[] b, int at) {
		return b[at] & 0xFF;
	}

	private static int u16(byte[] b, int at, boolean little) {
		return little ? (u8(b, at) | u8(b, at + 1) << 8) : (u8(b, at) << 8 | u8(b, at + 1));
	}

	private static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, at + (little ? 2 : 0), little);
		long low = u16(b, at + (little ? 0 : 2), little);
		return high << 16 | low;
	}

}
