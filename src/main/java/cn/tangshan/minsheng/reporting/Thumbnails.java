package cn.tangshan.minsheng.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small previews of evidence photos, made once at upload with the JDK's own ImageIO. A
 * file ImageIO cannot read is not accepted as a photo.
 */
final class Thumbnails {

	static final int MAX_WIDTH = 240;

	static final int MAX_HEIGHT = 320;

	/**
	 * Larger images are refused before decoding: a small file can claim a huge canvas (a
	 * "decompression bomb"). 100 million pixels is twice a 48-megapixel phone photo.
	 */
	static final long MAX_PIXELS = 100_000_000L;

	private Thumbnails() {
	}

	/**
	 * A JPEG's thumbnail is a JPEG, a PNG's a PNG (keeping transparency), upright as the
	 * camera meant it, at most {@value #MAX_WIDTH} pixels wide.
	 * @throws EvidenceRejectedException the image cannot be read or is too large
	 */
	static byte[] of(byte[] image, EvidenceType type) {
		int orientation = (type == EvidenceType.JPEG) ? ExifOrientation.of(image) : 1;
		boolean turned = orientation >= 5;
		BufferedImage source = decode(image, type, turned);
		int shownWidth = turned ? source.getHeight() : source.getWidth();
		int shownHeight = turned ? source.getWidth() : source.getHeight();
		double scale = scale(shownWidth, shownHeight);
		int width = Math.max(1, (int) Math.round(shownWidth * scale));
		int height = Math.max(1, (int) Math.round(shownHeight * scale));
		BufferedImage target = draw(source, orientation, width, height,
				(type == EvidenceType.PNG) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(target, type.imageFormat(), out)) {
				throw new IllegalStateException("No ImageIO writer for " + type);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Reads the image, skipping pixels of a big one: far less memory, and still about
	 * twice the thumbnail's resolution for a smooth result.
	 */
	private static BufferedImage decode(byte[] image, EvidenceType type, boolean turned) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new EvidenceRejectedException("evidence.unreadable");
			}
			if ((long) width * height > MAX_PIXELS) {
				throw new EvidenceRejectedException("evidence.tooManyPixels");
			}
			double scale = turned ? scale(height, width) : scale(width, height);
			int step = Math.max(1, (int) Math.floor(1 / scale / 2));
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, param);
		}
		catch (EvidenceRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO reports broken files with all sorts of exceptions.
			throw new EvidenceRejectedException("evidence.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	private static double scale(int shownWidth, int shownHeight) {
		return Math.min(1.0, Math.min((double) MAX_WIDTH / shownWidth, (double) MAX_HEIGHT / shownHeight));
	}

	private static BufferedImage draw(BufferedImage source, int orientation, int width, int height, int imageType) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean turned = orientation >= 5;
		AffineTransform transform = AffineTransform.getScaleInstance((double) width / (turned ? h : w),
				(double) height / (turned ? w : h));
		transform.concatenate(ExifOrientation.transform(orientation, w, h));
		BufferedImage target = new BufferedImage(width, height, imageType);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (imageType == BufferedImage.TYPE_INT_RGB) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

}
