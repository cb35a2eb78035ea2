package org.husnu.symposium.review.publication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The published program as {@code GET /program.json} answers it: the same content as the
 * page, times with the Asia/Tokyo offset, topic names in all three languages, no e-mail
 * addresses.
 *
 * @param number the publication's number
 * @param publishedAt when it was published
 * @param timeZone always {@code Asia/Tokyo}
 * @param sessions sessions in start order
 */
record ProgramJson(int number, String publishedAt, String timeZone, List<SessionJson> sessions) {

	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	static ProgramJson of(ProgramPublication publication, Map<String, LocalizedText> topicNames) {
		return new ProgramJson(publication.number(), time(publication.publishedAt()), ZONE.getId(), publication
			.sessions()
			.stream()
			.map((session) -> new SessionJson(session.id(), session.title(), session.topicCodes()
				.stream()
				.map((code) -> new TopicJson(code, topicNames.getOrDefault(code, LocalizedText.of(code, null, null))))
				.toList(), session.room(), time(session.start()), time(session.end()), session.chairs(),
					session.slots()
						.stream()
						.map((slot) -> new SlotJson(slot.kind(), time(slot.start()), time(slot.end()), slot.label(),
								(slot.talk() != null) ? TalkJson.of(slot.talk()) : null))
						.toList()))
			.toList());
	}

	static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(ZONE).toOffsetDateTime()) : null;
	}

	/**
	 * A session.
	 *
	 * @param id its id
	 * @param title its title
	 * @param topics its topic areas, the main one first
	 * @param room its room
	 * @param start start
	 * @param end end
	 * @param chairs its session chairs
	 * @param slots talks and breaks in time order
	 */
	record SessionJson(UUID id, String title, List<TopicJson> topics, String room, String start, String end,
			List<ProgramPublication.Person> chairs, List<SlotJson> slots) {
	}

	/**
	 * A topic area.
	 *
	 * @param code its code
	 * @param name its name in English, Japanese and Korean
	 */
	record TopicJson(String code, LocalizedText name) {
	}

	/**
	 * A talk or a break.
	 *
	 * @param kind {@code TALK} or {@code BREAK}
	 * @param start start
	 * @param end end
	 * @param label a break's label
	 * @param talk a talk
	 */
	record SlotJson(SlotKind kind, String start, String end, String label, TalkJson talk) {
	}

	/**
	 * A talk.
	 *
	 * @param abstractId the abstract's id
	 * @param number the abstract's number
	 * @param title title
	 * @param authors authors in byline order, the presenter marked
	 * @param studentPresenter whether a student presents
	 */
	record TalkJson(@JsonProperty("abstract") UUID abstractId, String number, String title,
			List<PublishedAuthor> authors, boolean studentPresenter) {

		static TalkJson of(ProgramPublication.Talk talk) {
			return new TalkJson(talk.abstractId(), talk.number(), talk.title(), talk.authors(),
					talk.studentPresenter());
		}

	}

}
