package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
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
