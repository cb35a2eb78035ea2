package org.husnu.symposium.review.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.SlotKind;

/**
 * The published program as the public page shows it in one language: days, and in each
 * day the sessions that start together side by side (parallel rooms), times in
 * Asia/Tokyo.
 *
 * @param number the publication's number
 * @param publishedAt when, as shown
 * @param days the days in order
 */
record ProgramPage(int number, String publishedAt, List<Day> days) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	static ProgramPage of(ProgramPublication publication, Map<String, LocalizedText> topicNames, Language language) {
		DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
		Map<LocalDate, Map<Instant, List<SessionView>>> byDay = new LinkedHashMap<>();
		publication.sessions()
			.stream()
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.forEach((session) -> byDay
				.computeIfAbsent(session.start().atZone(ProgramJson.ZONE).toLocalDate(), (day) -> new LinkedHashMap<>())
				.computeIfAbsent(session.start(), (start) -> new ArrayList<>())
				.add(SessionView.of(session, topicNames, language)));
		List<Day> days = new ArrayList<>();
		byDay.forEach((date, blocks) -> {
			List<Block> shown = new ArrayList<>();
			blocks.forEach((start, sessions) -> shown.add(new Block(clock(start), sessions)));
			days.add(new Day(date.toString(), dayFormat.format(date), shown));
		});
		return new ProgramPage(publication.number(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(publication.publishedAt().atZone(ProgramJson.ZONE)), days);
	}

	static String clock(Instant instant) {
		return CLOCK.format(instant.atZone(ProgramJson.ZONE));
	}

	/**
	 * A day of the program.
	 *
	 * @param date ISO date, for anchors
	 * @param label the date in the page's language
	 * @param blocks the sessions grouped by start time
	 */
	record Day(String date, String label, List<Block> blocks) {
	}

	/**
	 * Sessions starting at the same time (in parallel rooms).
	 *
	 * @param start their start, e.g. {@code 09:00}
	 * @param sessions the sessions
	 */
	record Block(String start, List<SessionView> sessions) {
	}

	/**
	 * A session as shown.
	 *
	 * @param id its id, for anchors
	 * @param title title
	 * @param topics topic names in the page's language
	 * @param room room
	 * @param time e.g. {@code 09:00–10:30}
	 * @param chairs e.g. {@code Hanako Yamada (HU)}
	 * @param slots talks and breaks
	 */
	record SessionView(String id, String title, List<String> topics, String room, String time, List<String> chairs,
			List<SlotView> slots) {

		static SessionView of(ProgramPublication.Session session, Map<String, LocalizedText> topicNames,
				Language language) {
			return new SessionView(String.valueOf(session.id()), session.title(),
					session.topicCodes()
						.stream()
						.map((code) -> topicNames.getOrDefault(code, LocalizedText.of(code, null, null)).in(language))
						.toList(),
					session.room(), clock(session.start()) + "–" + clock(session.end()),
					session.chairs()
						.stream()
						.map((chair) -> chair.name()
								+ ((chair.institution() != null) ? " (" + chair.institution() + ")" : ""))
						.toList(),
					session.slots().stream().map((slot) -> SlotView.of(slot, topicNames, language)).toList());
		}

	}

	/**
	 * A talk or a break as shown.
	 *
	 * @param talk whether it is a talk
	 * @param time e.g. {@code 09:00–09:15}
	 * @param label a break's label
	 * @param number the talk's abstract number
	 * @param title the talk's title
	 * @param topic the talk's main topic in the page's language
	 * @param presenter the presenting author
	 * @param coAuthors the other authors
	 * @param student whether a student presents
	 */
	record SlotView(boolean talk, String time, String label, String number, String title, String topic,
			AuthorView presenter, List<AuthorView> coAuthors, boolean student) {

		static SlotView of(ProgramPublication.PublishedSlot slot, Map<String, LocalizedText> topicNames,
				Language language) {
			String time = clock(slot.start()) + "–" + clock(slot.end());
			if (slot.kind() != SlotKind.TALK || slot.talk() == null) {
				return new SlotView(false, time, slot.label(), null, null, null, null, List.of(), false);
			}
			ProgramPublication.Talk talk = slot.talk();
			AuthorView presenter = talk.authors()
				.stream()
				.filter(PublishedAuthor::presenting)
				.findFirst()
				.map(AuthorView::of)
				.orElse(null);
			List<AuthorView> others = talk.authors()
				.stream()
				.filter((author) -> !author.presenting())
				.map(AuthorView::of)
				.toList();
			String topic = (talk.primaryTopic() != null)
					? topicNames.getOrDefault(talk.primaryTopic(), LocalizedText.of(talk.primaryTopic(), null, null))
						.in(language)
					: null;
			return new SlotView(true, time, null, talk.number(), talk.title(), topic, presenter, others,
					talk.studentPresenter());
		}

	}

	/**
	 * An author as shown: no e-mail address.
	 *
	 * @param name name
	 * @param where affiliation and institution, e.g. {@code Neurology, SNU}
	 */
	record AuthorView(String name, String where) {

		static AuthorView of(PublishedAuthor author) {
			List<String> parts = new ArrayList<>();
			if (author.affiliation() != null && !author.affiliation().isBlank()) {
				parts.add(author.affiliation());
			}
			if (author.institution() != null && !Objects.equals(author.institution(), author.affiliation())) {
				parts.add(author.institution());
			}
			return new AuthorView(author.name(), String.join(", ", parts));
		}

	}

}
