package org.husnu.symposium.review.publication;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The program PDF and the book of abstracts of the current publication, built once per
 * publication and language and then served from memory (a few MB), so repeated downloads
 * cost nothing and a crowd opening the book right after publication waits for one build,
 * not a thousand. A new publication drops the PDFs of the old one. Builds run one at a
 * time ({@link PdfFonts}).
 */
@Service
public class PublicationPdfs {

	private final PublishedProgram program;

	private final PdfFonts fonts;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	private final Map<Key, byte[]> built = new ConcurrentHashMap<>();

	PublicationPdfs(PublishedProgram program, PdfFonts fonts, ReferenceData referenceData, MessageSource messages) {
		this.program = program;
		this.fonts = fonts;
		this.referenceData = referenceData;
		this.messages = messages;
	}

	/**
	 * The book of abstracts of the current publication.
	 * @param language the language of its headings and topic names
	 * @return the PDF
	 */
	public byte[] book(Language language) {
		ProgramPublication publication = this.program.require();
		return cached(new Key("book", publication.number(), publication.publishedAt(), language),
				() -> new BookOfAbstracts(publication, this.program.topicNames(),
						this.program.abstracts(publication.sessions()
							.stream()
							.flatMap((session) -> session.slots().stream())
							.filter((slot) -> slot.talk() != null)
							.map((slot) -> slot.talk().abstractId())
							.toList()),
						eventName(), new PdfLabels(this.messages, language))
					.write(this.fonts));
	}

	/**
	 * The program PDF of the current publication.
	 * @param language the language of its headings and topic names
	 * @return the PDF
	 */
	public byte[] program(Language language) {
		ProgramPublication publication = this.program.require();
		return cached(new Key("program", publication.number(), publication.publishedAt(), language),
				() -> new ProgramPdf(publication, this.program.topicNames(), eventName(),
						new PdfLabels(this.messages, language))
					.write(this.fonts));
	}

	private String eventName() {
		return this.referenceData.eventSettings().name();
	}

	private byte[] cached(Key key, Supplier<byte[]> build) {
		byte[] pdf = this.built.get(key);
		if (pdf != null) {
			return pdf;
		}
		synchronized (this) {
			pdf = this.built.get(key);
			if (pdf == null) {
				pdf = build.get();
				this.built.keySet().removeIf((other) -> other.number() != key.number());
				this.built.put(key, pdf);
			}
			return pdf;
		}
	}

	/**
	 * What a built PDF is of; the publication time is part of it only so a store reset
	 * (tests, a demo restart) that reuses a number never serves the old PDF.
	 */
	private record Key(String kind, int number, java.time.Instant publishedAt, Language language) {
	}

}
