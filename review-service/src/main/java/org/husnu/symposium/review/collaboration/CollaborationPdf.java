package org.husnu.symposium.review.collaboration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.review.publication.MissingGlyphException;
import org.husnu.symposium.review.publication.PdfDocumentWriter;
import org.husnu.symposium.review.publication.PdfFonts;
import org.husnu.symposium.review.publication.PdfStyle;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The collaboration report as a PDF for the chairs, on the publication's PDF engine (its
 * embedded IPA Gothic and Nanum Gothic fonts, one build at a time): a title page line,
 * then each pair ranked, the HU abstract beside the SNU one with their presenters and
 * topics, the score and the shared terms. A character no font can draw is refused with
 * the abstract it is in, never printed as a blank box.
 */
@Component
class CollaborationPdf {

	private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final CollaborationReport report;

	private final PdfFonts fonts;

	private final MessageSource messages;

	private final Clock clock;

	CollaborationPdf(CollaborationReport report, PdfFonts fonts, MessageSource messages, Clock clock) {
		this.report = report;
		this.fonts = fonts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The report as a PDF.
	 * @param actor a chair
	 * @param limit how many pairs, {@code null} for the report's default
	 * @param topic only pairs with this topic, {@code null} for all
	 * @param locale the language of the headings
	 * @return the PDF and how many pairs it holds
	 */
	Built write(Actor actor, Integer limit, String topic, Locale locale) {
		List<CollaborationReport.Pair> pairs = this.report.report(actor, limit, topic);
		for (CollaborationReport.Pair pair : pairs) {
			check(pair.hu());
			check(pair.snu());
			check(pair.hu().number(), String.join(" ", pair.sharedTerms()));
		}
		String title = text("collaboration.title", locale);
		try (PdfDocumentWriter pdf = PdfDocumentWriter.open(this.fonts, title)) {
			pdf.numbered(true);
			pdf.newPage();
			pdf.bookmarkFirst(title);
			pdf.heading(title, PdfStyle.HEADING);
			pdf.paragraph(LocalDate.now(this.clock.withZone(ZONE)) + " · " + pairs.size() + " "
					+ text("collaboration.pdf.pairs", locale), PdfStyle.SMALL);
			pdf.paragraph(text("collaboration.lead", locale), PdfStyle.SMALL);
			if (pairs.isEmpty()) {
				pdf.gap(8);
				pdf.paragraph(text("collaboration.empty", locale), PdfStyle.BODY);
			}
			int rank = 1;
			for (CollaborationReport.Pair pair : pairs) {
				pdf.gap(6);
				pdf.keepTogether(PdfStyle.SUBHEADING.lineHeight() + PdfStyle.BODY.lineHeight() * 4
						+ PdfStyle.SMALL.lineHeight() * 2);
				pdf.paragraph(
						rank++ + ".  " + text("collaboration.score", locale) + " "
								+ BigDecimal.valueOf(pair.score()).setScale(3, RoundingMode.HALF_UP)
								+ (pair.sameTopic() ? "  · " + text("collaboration.sameTopic", locale) : ""),
						PdfStyle.SUBHEADING);
				side(pdf, "HU", pair.hu());
				side(pdf, "SNU", pair.snu());
				if (!pair.sharedTerms().isEmpty()) {
					pdf.paragraph(
							text("collaboration.sharedTerms", locale) + ": " + String.join(", ", pair.sharedTerms()),
							PdfStyle.SMALL, 12);
				}
			}
			return new Built(pdf.toBytes(), pairs.size());
		}
	}

	private static void side(PdfDocumentWriter pdf, String institution, CollaborationReport.AbstractRef abstractRef) {
		pdf.paragraph(institution + "  " + abstractRef.number() + "  " + abstractRef.title(), PdfStyle.BODY_BOLD, 12);
		StringBuilder line = new StringBuilder();
		if (abstractRef.presenter() != null) {
			line.append(abstractRef.presenter());
		}
		if (abstractRef.topic() != null) {
			line.append(line.isEmpty() ? "" : " · ").append(abstractRef.topic());
		}
		if (!line.isEmpty()) {
			pdf.paragraph(line.toString(), PdfStyle.SMALL, 24);
		}
	}

	private void check(CollaborationReport.AbstractRef abstractRef) {
		check(abstractRef.number(), abstractRef.title() + " " + abstractRef.presenter() + " " + abstractRef.topic());
	}

	private void check(String number, String text) {
		int missing = this.fonts.firstMissing(text);
		if (missing >= 0) {
			throw new MissingGlyphException("abstract " + number, missing);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * A built report.
	 *
	 * @param pdf the PDF
	 * @param pairs how many pairs it holds
	 */
	record Built(byte[] pdf, int pairs) {
	}

}
