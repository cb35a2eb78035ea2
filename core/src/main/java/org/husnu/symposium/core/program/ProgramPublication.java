package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A published program: a frozen copy of the working {@link Program} with everything the
 * public pages, the program PDF, the iCalendar file and the book of abstracts print, so
 * what the public sees changes only when the chairs publish again. Insert-only; the
 * latest number is the current publication. Holds no e-mail addresses and no review data.
 *
 * @param number publication number, 1 for the first, unique (the id)
 * @param publishedAt when
 * @param publishedBy the chair's account id
 * @param programVersion the working program's version that was published
 * @param sessions sessions in start order
 */
@Document(collection = CollectionNames.PROGRAM_PUBLICATIONS)
public record ProgramPublication(@Id Integer number, Instant publishedAt, UUID publishedBy, Long programVersion,
		List<Session> sessions) {

	public ProgramPublication {
		sessions = List.copyOf((sessions != null) ? sessions : List.of());
	}

	/**
	 * A published session.
	 *
	 * @param id the working session's id
	 * @param title title
	 * @param topicCodes topic area codes, the first is the main one
	 * @param room room
	 * @param start start
	 * @param end end
	 * @param chairs session chairs
	 * @param slots slots in time order
	 */
	public record Session(UUID id, String title, List<String> topicCodes, String room, Instant start, Instant end,
			List<Person> chairs, List<PublishedSlot> slots) {

		public Session {
			topicCodes = List.copyOf((topicCodes != null) ? topicCodes : List.of());
			chairs = List.copyOf((chairs != null) ? chairs : List.of());
			slots = List.copyOf((slots != null) ? slots : List.of());
		}

	}

	/**
	 * A published slot: a talk or a break.
	 *
	 * @param kind talk or break
	 * @param start start
	 * @param end end
	 * @param label the break's label, {@code null} for talks
	 * @param talk the talk, {@code null} for breaks
	 */
	public record PublishedSlot(SlotKind kind, Instant start, Instant end, String label, Talk talk) {

	}

	/**
	 * A published talk, as the abstract read at publication.
	 *
	 * @param abstractId the abstract
	 * @param number its number, e.g. {@code A-007}
	 * @param title title
	 * @param primaryTopic primary topic area code
	 * @param keywords keywords
	 * @param studentPresenter whether a student presents
	 * @param authors authors in byline order
	 */
	public record Talk(UUID abstractId, String number, String title, String primaryTopic, List<String> keywords,
			boolean studentPresenter, List<PublishedAuthor> authors) {

		public Talk {
			keywords = List.copyOf((keywords != null) ? keywords : List.of());
			authors = List.copyOf((authors != null) ? authors : List.of());
		}

	}

	/**
	 * An author as printed: no e-mail address.
	 *
	 * @param name name
	 * @param affiliation affiliation, may be {@code null}
	 * @param institution institution code
	 * @param presenting whether this author gives the talk
	 */
	public record PublishedAuthor(String name, String affiliation, String institution, boolean presenting) {

	}

	/**
	 * A session chair as printed.
	 *
	 * @param name name
	 * @param institution institution code
	 */
	public record Person(String name, String institution) {

	}

}
