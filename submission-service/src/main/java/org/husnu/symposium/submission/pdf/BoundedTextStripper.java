package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text extraction, stopping at the next content-stream operator once its parse
 * has been given up on (a CPU-bound loop over a huge or cyclic content stream reads no
 * file and would never notice otherwise).
 */
final class BoundedTextStripper extends PDFTextStripper {

	private final ParseBudget budget;

	BoundedTextStripper(ParseBudget budget) {
		this.budget = budget;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.budget.operator();
		super.processOperator(operator, operands);
	}

}
