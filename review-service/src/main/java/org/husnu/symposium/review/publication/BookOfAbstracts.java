package org.husnu.symposium.review.publication;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.ProgramPublication.Talk;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The book of abstracts of a publication: a cover, the contents by session, one page per
 * talk (continued when the text is long) and an index of every author; bookmarks for
 * every session and talk. Every text is checked for characters without a font before a
 * page is written, so a bad character fails with the abstract's number instead of a
 * broken book.
 */
final class BookOfAbstracts {

	private final ProgramPublication publication;

	private final Map<String, LocalizedText> topicNames;

	private final Map<UUID, AbstractSubmission> abstracts;

	private final String eventName;

	private final PdfLabels labels;

	BookOfAbstracts(ProgramPublication publication, Map<String, LocalizedText> topicNames,
			Map<UUID, AbstractSubmission> abstracts, String eventName, PdfLabels labels) {
		this.publication = publication;
		this.topicNames = topicNames;
		this.abstracts = abstracts;
		this.eventName = eventName;
		this.labels = labels;
	}

	byte[] write(PdfFonts fonts) {
		checkGlyphs(fonts);
		try (PdfDocumentWriter pdf = PdfDocumentWriter.open(fonts,
				this.eventName + " – " + this.labels.get("book.title"))) {
			cover(pdf);
			int contentLines = 0;
			for (ProgramPublication.Session session : this.publication.sessions()) {
				contentLines += 1 + talks(session).size();
			}
			int contents = pdf.reservePages(PdfDocumentWriter.pagesFor(contentLines, PdfStyle.BODY, PdfStyle.HEADING));
			Map<UUID, Integer> talkPages = new TreeMap<>();
			Map<String, TreeSet<Integer>> index = new TreeMap<>(Collator.getInstance(this.labels.locale()));
			for (ProgramPublication.Session session : this.publication.sessions()) {
				PdfDocumentWriter.Bookmark sessionMark = null;
				for (Talk talk : talks(session)) {
					int page = pdf.newPage();
					if (sessionMark == null) {
						sessionMark = pdf.bookmark(session.title(), null);
					}
					pdf.bookmark(talk.number() + " " + talk.title(), sessionMark);
					talkPages.put(talk.abstractId(), page);
					for (PublishedAuthor author : talk.authors()) {
						index.computeIfAbsent(author.name(), (name) -> new TreeSet<>()).add(page);
					}
					talkPage(pdf, session, talk);
				}
			}
			authorIndex(pdf, index, talkPages);
			pdf.continueOn(contents);
			pdf.bookmarkFirst(this.labels.get("book.contents"));
			contents(pdf, talkPages);
			return pdf.toBytes();
		}
	}

	private void cover(PdfDocumentWriter pdf) {
		pdf.numbered(false);
		pdf.newPage();
		pdf.gap(160);
		pdf.centered("HU × SNU", PdfStyle.SUBHEADING);
		pdf.gap(12);
		pdf.centered(this.eventName, PdfStyle.TITLE);
		pdf.gap(18);
		pdf.centered(this.labels.get("book.title"), PdfStyle.HEADING);
		pdf.gap(24);
		pdf.centered(dates(), PdfStyle.BODY);
		pdf.centered(this.labels.get("book.institutions"), PdfStyle.BODY);
		pdf.gap(200);
		pdf.centered(this.labels.get("book.publication", this.publication.number(),
				DateTimeFormatter.ISO_LOCAL_DATE.format(this.publication.publishedAt().atZone(ProgramJson.ZONE))),
				PdfStyle.SMALL);
		pdf.numbered(true);
	}

	private String dates() {
		if (this.publication.sessions().isEmpty()) {
			return "";
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.labels.locale());
		LocalDate first = this.publication.sessions()
			.stream()
			.map((session) -> session.start().atZone(ProgramJson.ZONE).toLocalDate())
			.min(LocalDate::compareTo)
			.orElseThrow();
		LocalDate last = this.publication.sessions()
			.stream()
			.map((session) -> session.end().atZone(ProgramJson.ZONE).toLocalDate())
			.max(LocalDate::compareTo)
			.orElseThrow();
		return first.equals(last) ? format.format(first) : format.format(first) + " – " + format.format(last);
	}

	private void contents(PdfDocumentWriter pdf, Map<UUID, Integer> talkPages) {
		pdf.heading(this.labels.get("book.contents"), PdfStyle.HEADING);
		for (ProgramPublication.Session session : this.publication.sessions()) {
			List<Talk> talks = talks(session);
			int first = talks.isEmpty() ? 0 : talkPages.get(talks.get(0).abstractId());
			pdf.entry(when(session) + "  " + session.title(), PdfStyle.BODY_BOLD, 0, first);
			for (Talk talk : talks) {
				pdf.entry(talk.number() + "  " + talk.title() + " — " + presenterName(talk), PdfStyle.BODY, 14,
						talkPages.get(talk.abstractId()));
			}
		}
	}

	private void talkPage(PdfDocumentWriter pdf, ProgramPublication.Session session, Talk talk) {
		pdf.paragraph(
				when(session) + " · " + session.title() + ((session.room() != null) ? " · " + session.room() : ""),
				PdfStyle.SMALL);
		pdf.gap(6);
		pdf.paragraph(talk.number(), PdfStyle.BODY_BOLD);
		pdf.paragraph(talk.title(), PdfStyle.SUBHEADING);
		pdf.gap(4);
		List<String> names = new ArrayList<>();
		for (PublishedAuthor author : talk.authors()) {
			names.add(author.name() + (author.presenting() ? "*" : ""));
		}
		pdf.paragraph(String.join(", ", names), PdfStyle.BODY);
		for (PublishedAuthor author : talk.authors()) {
			pdf.paragraph(author.name() + ": " + where(author), PdfStyle.SMALL, 8);
		}
		pdf.paragraph(
				"* " + this.labels.get("book.presenter")
						+ (talk.studentPresenter() ? " (" + this.labels.get("book.student") + ")" : ""),
				PdfStyle.SMALL, 8);
		pdf.gap(4);
		if (talk.primaryTopic() != null) {
			pdf.paragraph(this.labels.get("book.topic") + ": " + topic(talk.primaryTopic()), PdfStyle.SMALL);
		}
		if (!talk.keywords().isEmpty()) {
			pdf.paragraph(this.labels.get("book.keywords") + ": " + String.join(", ", talk.keywords()), PdfStyle.SMALL);
		}
		pdf.rule();
		pdf.gap(4);
		AbstractSubmission submission = this.abstracts.get(talk.abstractId());
		if (submission != null && submission.text() != null) {
			pdf.paragraph(submission.text(), PdfStyle.BODY);
		}
	}

	private void authorIndex(PdfDocumentWriter pdf, Map<String, TreeSet<Integer>> index, Map<UUID, Integer> talkPages) {
		pdf.newPage();
		pdf.bookmark(this.labels.get("book.index"), null);
		pdf.heading(this.labels.get("book.index"), PdfStyle.HEADING);
		index.forEach((name, pages) -> pdf.entry(name, String.join(", ", pages.stream().map(String::valueOf).toList()),
				PdfStyle.BODY, 0, pages.first()));
	}

	private void checkGlyphs(PdfFonts fonts) {
		check(fonts, "the event name", this.eventName);
		for (ProgramPublication.Session session : this.publication.sessions()) {
			check(fonts, "session \"" + session.title() + "\"", session.title());
			check(fonts, "session \"" + session.title() + "\" (room)", session.room());
			for (Talk talk : talks(session)) {
				String where = "abstract " + talk.number();
				check(fonts, where + " (title)", talk.title());
				for (PublishedAuthor author : talk.authors()) {
					check(fonts, where + " (authors)", author.name() + " " + where(author));
				}
				check(fonts, where + " (keywords)", String.join(" ", talk.keywords()));
				check(fonts, where + " (topic)", (talk.primaryTopic() != null) ? topic(talk.primaryTopic()) : null);
				AbstractSubmission submission = this.abstracts.get(talk.abstractId());
				check(fonts, where + " (text)", (submission != null) ? submission.text() : null);
			}
		}
	}

	static void check(PdfFonts fonts, String where, String text) {
		int missing = fonts.firstMissing(text);
		if (missing >= 0) {
			throw new MissingGlyphException(where, missing);
		}
	}

	private static List<Talk> talks(ProgramPublication.Session session) {
		return session.slots()
			.stream()
			.filter((slot) -> slot.kind() == SlotKind.TALK && slot.talk() != null)
			.map(ProgramPublication.PublishedSlot::talk)
			.toList();
	}

	private String topic(String code) {
		return this.topicNames.getOrDefault(code, LocalizedText.of(code, null, null)).in(this.labels.language());
	}

	static String when(ProgramPublication.Session session) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(session.start().atZone(ProgramJson.ZONE)) + "–"
				+ ProgramPage.clock(session.end());
	}

	static String presenterName(Talk talk) {
		return talk.authors()
			.stream()
			.filter(PublishedAuthor::presenting)
			.map(PublishedAuthor::name)
			.findFirst()
			.orElse("");
	}

	static String where(PublishedAuthor author) {
		return ProgramPage.AuthorView.of(author).where();
	}

}
