package org.husnu.symposium.submission.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer, stopping at the next operator once its parse has been given up on or
 * has run more operators than its {@link ParseBudget} allows, like
 * {@link BoundedTextStripper}.
 */
final class BoundedRenderer extends PDFRenderer {

	private final ParseBudget budget;

	BoundedRenderer(PDDocument document, ParseBudget budget) {
		super(document);
		this.budget = budget;
		setSubsamplingAllowed(true);
	}

	/**
	 * Page 1 as PNG at {@code dpi}, or {@code null} when the page would be larger than
	 * {@code maxPixels} (a 200 × 200 inch page would need gigabytes) or cannot be drawn;
	 * the pages show a placeholder then. A parse given up on or over its budget still
	 * ends the parse.
	 * @param document the document
	 * @param budget the parse's budget
	 * @param dpi the resolution
	 * @param maxPixels the largest image drawn
	 * @return the PNG, or {@code null}
	 */
	static byte[] pagePng(PDDocument document, ParseBudget budget, int dpi, long maxPixels) {
		PDRectangle box = document.getPage(0).getCropBox();
		double scale = dpi / 72.0;
		double pixels = Math.ceil(Math.abs(box.getWidth()) * scale) * Math.ceil(Math.abs(box.getHeight()) * scale);
		if (pixels > maxPixels || pixels < 1) {
			return null;
		}
		try {
			BufferedImage image = new BoundedRenderer(document, budget).renderImageWithDPI(0, dpi, ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ParseBudget.ParseCancelledException cancelled) {
				throw cancelled;
			}
			if (ex instanceof ParseBudget.WorkExceededException exceeded) {
				throw exceeded;
			}
			return null;
		}
	}

	@Override
	protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
		return new PageDrawer(parameters) {

			@Override
			protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
				BoundedRenderer.this.budget.operator();
				super.processOperator(operator, operands);
			}

		};
	}

}
