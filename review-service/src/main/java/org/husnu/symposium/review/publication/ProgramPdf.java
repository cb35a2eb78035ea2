package org.husnu.symposium.review.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.ProgramPublication.PublishedSlot;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The published program as a PDF: by day, each session with its time, room, topics and
 * chairs, then its talks (time, number, title, presenter and co-authors) and breaks; a
 * bookmark per day and session.
 */
final class ProgramPdf {

	private final ProgramPublication publication;

	private final Map<String, LocalizedText> topicNames;

	private final String eventName;

	private final PdfLabels labels;

	ProgramPdf(ProgramPublication publication, Map<String, LocalizedText> topicNames, String eventName,
			PdfLabels labels) {
		this.publication = publication;
		this.topicNames = topicNames;
		this.eventName = eventName;
		this.labels = labels;
	}

	byte[] write(PdfFonts fonts) {
		checkGlyphs(fonts);
		DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
			.withLocale(this.labels.locale());
		try (PdfDocumentWriter pdf = PdfDocumentWriter.open(fonts,
				this.eventName + " – " + this.labels.get("book.program"))) {
			pdf.newPage();
			pdf.paragraph("HU × SNU", PdfStyle.SMALL);
			pdf.paragraph(this.eventName, PdfStyle.HEADING);
			pdf.paragraph(
					this.labels.get("book.program") + " · "
							+ this.labels.get("book.publication", this.publication.number(),
									DateTimeFormatter.ISO_LOCAL_DATE
										.format(this.publication.publishedAt().atZone(ProgramJson.ZONE))),
					PdfStyle.SMALL);
			pdf.paragraph(this.labels.get("book.timeZone") + "  * " + this.labels.get("book.presenter"),
					PdfStyle.SMALL);
			LocalDate day = null;
			PdfDocumentWriter.Bookmark dayMark = null;
			for (ProgramPublication.Session session : this.publication.sessions()) {
				LocalDate date = session.start().atZone(ProgramJson.ZONE).toLocalDate();
				if (!date.equals(day)) {
					day = date;
					pdf.gap(8);
					pdf.keepTogether(80);
					dayMark = pdf.bookmark(dayFormat.format(date), null);
					pdf.heading(dayFormat.format(date), PdfStyle.HEADING);
				}
				pdf.keepTogether(70);
				pdf.bookmark(ProgramPage.clock(session.start()) + " " + session.title(), dayMark);
				session(pdf, session);
			}
			return pdf.toBytes();
		}
	}

	private void session(PdfDocumentWriter pdf, ProgramPublication.Session session) {
		pdf.gap(6);
		pdf.paragraph(
				ProgramPage.clock(session.start()) + "–" + ProgramPage.clock(session.end()) + "  " + session.title(),
				PdfStyle.SUBHEADING);
		StringBuilder line = new StringBuilder();
		if (session.room() != null) {
			line.append(this.labels.get("book.room")).append(": ").append(session.room());
		}
		if (!session.topicCodes().isEmpty()) {
			line.append((line.isEmpty() ? "" : " · ") + this.labels.get("book.topic") + ": ")
				.append(String.join(", ", session.topicCodes().stream().map(this::topic).toList()));
		}
		if (!session.chairs().isEmpty()) {
			line.append((line.isEmpty() ? "" : " · ") + this.labels.get("book.chairs") + ": ")
				.append(String.join(", ",
						session.chairs()
							.stream()
							.map((chair) -> chair.name()
									+ ((chair.institution() != null) ? " (" + chair.institution() + ")" : ""))
							.toList()));
		}
		pdf.paragraph(line.toString(), PdfStyle.SMALL);
		pdf.gap(2);
		for (PublishedSlot slot : session.slots()) {
			String time = ProgramPage.clock(slot.start()) + "–" + ProgramPage.clock(slot.end());
			if (slot.kind() != SlotKind.TALK || slot.talk() == null) {
				pdf.paragraph(time + "  " + slot.label(), PdfStyle.BODY, 8);
				continue;
			}
			ProgramPublication.Talk talk = slot.talk();
			pdf.keepTogether(PdfStyle.BODY.lineHeight() * 2 + PdfStyle.SMALL.lineHeight());
			pdf.paragraph(time + "  " + talk.number() + "  " + talk.title(), PdfStyle.BODY_BOLD, 8);
			pdf.paragraph(people(talk.authors(), talk.studentPresenter()), PdfStyle.SMALL, 78);
		}
	}

	private String people(List<PublishedAuthor> authors, boolean student) {
		StringBuilder text = new StringBuilder();
		for (PublishedAuthor author : authors) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(author.name());
			if (author.presenting()) {
				text.append("* ");
			}
			String where = BookOfAbstracts.where(author);
			if (!where.isEmpty()) {
				text.append(" (").append(where).append(")");
			}
		}
		if (student) {
			text.append("   (").append(this.labels.get("book.student")).append(")");
		}
		return text.toString();
	}

	private void checkGlyphs(PdfFonts fonts) {
		BookOfAbstracts.check(fonts, "the event name", this.eventName);
		for (ProgramPublication.Session session : this.publication.sessions()) {
			String where = "session \"" + session.title() + "\"";
			BookOfAbstracts.check(fonts, where, session.title() + " " + session.room());
			for (ProgramPublication.Person chair : session.chairs()) {
				BookOfAbstracts.check(fonts, where + " (chairs)", chair.name());
			}
			for (PublishedSlot slot : session.slots()) {
				if (slot.talk() == null) {
					BookOfAbstracts.check(fonts, where + " (break)", slot.label());
					continue;
				}
				BookOfAbstracts.check(fonts, "abstract " + slot.talk().number() + " (title)", slot.talk().title());
				for (PublishedAuthor author : slot.talk().authors()) {
					BookOfAbstracts.check(fonts, "abstract " + slot.talk().number() + " (authors)",
							author.name() + " " + BookOfAbstracts.where(author));
				}
			}
			for (String code : session.topicCodes()) {
				BookOfAbstracts.check(fonts, where + " (topic)", topic(code));
			}
		}
	}

	private String topic(String code) {
		return this.topicNames.getOrDefault(code, LocalizedText.of(code, null, null)).in(this.labels.language());
	}

}
