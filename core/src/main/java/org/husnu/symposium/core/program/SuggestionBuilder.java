package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.program.Suggestion.Note;
import org.husnu.symposium.core.program.Suggestion.Placement;

/**
 * The last step of {@link ProgramSuggester}: turns the grouping into sessions with timed
 * slots (ordered by {@link SpeakerOrder} so no speaker is in two rooms at once), the
 * reasons for each placement, and the unmet notes.
 */
final class SuggestionBuilder {

	private final List<SuggestTalk> talks;

	private final List<SessionFrame> frames;

	private final Map<String, String> topicNames;

	private final SuggestQuotas quotas;

	private final SuggestGrouping grouping;

	SuggestionBuilder(List<SuggestTalk> talks, List<SessionFrame> frames, Map<String, String> topicNames,
			SuggestQuotas quotas, SuggestGrouping grouping) {
		this.talks = talks;
		this.frames = frames;
		this.topicNames = topicNames;
		this.quotas = quotas;
		this.grouping = grouping;
	}

	Suggestion build(List<Integer> leftOut, List<Note> unmet) {
		int sessions = this.frames.size();
		String[] titles = titles();
		List<ProgramSession> built = new ArrayList<>();
		Map<Integer, UUID> sessionOf = new HashMap<>();
		List<Slot> timed = new ArrayList<>();
		Map<UUID, Integer> talkOf = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		List<List<Integer>> members = new ArrayList<>();
		for (int s = 0; s < sessions; s++) {
			members.add(this.grouping.members(s));
		}
		List<List<Integer>> ordered = SpeakerOrder.order(this.talks, this.frames, members);
		for (int s = 0; s < sessions; s++) {
			SessionFrame frame = this.frames.get(s);
			UUID id = ProgramSuggester.sessionId(frame, s);
			List<Slot> slots = new ArrayList<>();
			Duration length = Duration.ofMinutes(ProgramSuggester.slotMinutes(frame));
			int n = 0;
			for (int talk : ordered.get(s)) {
				Instant start = frame.start().plus(length.multipliedBy(n));
				int other = clashWith(talk, start, start.plus(length), timed, talkOf);
				if (other >= 0) {
					clashes.add(this.talks.get(talk).title() + " / " + this.talks.get(other).title());
				}
				Slot slot = Slot.talk(this.talks.get(talk).abstractId(), start, length);
				slots.add(slot);
				timed.add(slot);
				talkOf.put(slot.abstractId(), talk);
				sessionOf.put(talk, id);
				n++;
			}
			built.add(new ProgramSession(id, titles[s], topics(s), List.of(), frame.room(), frame.start(), frame.end(),
					frame.talkMinutes(), frame.questionMinutes(), slots));
		}
		List<Placement> placements = new ArrayList<>();
		for (int i = 0; i < this.talks.size(); i++) {
			UUID session = sessionOf.get(i);
			if (session == null) {
				placements.add(new Placement(this.talks.get(i).abstractId(), null, List
					.of(new Note("noRoom", List.of(Integer.toString(leftOut.size()), this.talks.get(i).title())))));
			}
			else {
				placements.add(
						new Placement(this.talks.get(i).abstractId(), session, reasons(i, this.grouping.sessionOf(i))));
			}
		}
		if (!this.quotas.balanced()) {
			int hu = 0;
			int snu = 0;
			for (int s = 0; s < sessions; s++) {
				hu += this.quotas.count(s, SuggestQuotas.HU);
				snu += this.quotas.count(s, SuggestQuotas.SNU);
			}
			List<String> which = this.quotas.unbalancedSessions()
				.stream()
				.map((s) -> titles[s] + " (HU " + this.quotas.count(s, SuggestQuotas.HU) + ", SNU "
						+ this.quotas.count(s, SuggestQuotas.SNU) + ")")
				.toList();
			unmet.add(new Note("imbalance", List.of(Integer.toString(hu), Integer.toString(snu),
					Integer.toString(sessions), String.join("; ", which))));
		}
		if (!this.quotas.studentsSpread()) {
			List<String> which = new ArrayList<>();
			int students = 0;
			for (int s = 0; s < sessions; s++) {
				which.add(titles[s] + ": " + this.quotas.students(s));
				students += this.quotas.students(s);
			}
			unmet.add(new Note("studentsClustered", List.of(Integer.toString(students), String.join("; ", which))));
		}
		if (!clashes.isEmpty()) {
			unmet.add(new Note("speakerClash", List.of(Integer.toString(clashes.size()), String.join("; ", clashes))));
		}
		for (int s = 0; s < sessions; s++) {
			List<String> topics = topics(s);
			if (topics.size() > 1) {
				unmet.add(new Note("mixedTopics",
						List.of(titles[s], String.join(", ", topics.stream().map(this::topicName).toList()))));
			}
		}
		return new Suggestion(built, placements, unmet);
	}

	/**
	 * A talk already timed in another session whose presenter is the same person and
	 * whose slot overlaps the given one: talks of parallel sessions are ordered so one
	 * speaker is never in two rooms at once, wherever the order allows.
	 * @return that talk's index, or -1 when there is none
	 */
	private int clashWith(int talk, Instant start, Instant end, List<Slot> timed, Map<UUID, Integer> talkOf) {
		String presenter = this.talks.get(talk).presenter();
		if (presenter == null) {
			return -1;
		}
		for (Slot slot : timed) {
			if (slot.start().isBefore(end) && start.isBefore(slot.end())) {
				int other = talkOf.get(slot.abstractId());
				if (presenter.equals(this.talks.get(other).presenter())) {
					return other;
				}
			}
		}
		return -1;
	}

	private List<Note> reasons(int talk, int session) {
		List<Note> reasons = new ArrayList<>();
		SuggestTalk t = this.talks.get(talk);
		List<Integer> members = this.grouping.members(session);
		long sameTopic = members.stream()
			.filter((m) -> m != talk && this.talks.get(m).primaryTopic().equals(t.primaryTopic()))
			.count();
		if (sameTopic > 0) {
			reasons.add(new Note("sameTopic", List.of(topicName(t.primaryTopic()), Long.toString(sameTopic))));
		}
		int closest = this.grouping.closest(talk, members);
		if (closest >= 0 && this.grouping.cosine(talk, closest) >= ProgramSuggester.SIMILAR_TEXT) {
			List<String> terms = this.grouping.sharedTerms(talk, closest, 3);
			if (!terms.isEmpty()) {
				reasons
					.add(new Note("similarText", List.of(String.join(", ", terms), this.talks.get(closest).title())));
			}
		}
		if (reasons.isEmpty()) {
			reasons.add(new Note("fill", List.of(topicName(t.primaryTopic()))));
		}
		int kind = ProgramSuggester.kind(t);
		if (kind != SuggestQuotas.OTHER && this.quotas.balanced()) {
			reasons.add(new Note("balance", List.of(Integer.toString(this.quotas.count(session, SuggestQuotas.HU)),
					Integer.toString(this.quotas.count(session, SuggestQuotas.SNU)))));
		}
		if (t.student()) {
			reasons.add(new Note("studentSpread", List.of(Integer.toString(this.quotas.students(session)))));
		}
		return reasons;
	}

	/**
	 * The session's topics: its talks' primary topics, most talks first.
	 */
	private List<String> topics(int session) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int m : this.grouping.members(session)) {
			counts.merge(this.talks.get(m).primaryTopic(), 1, Integer::sum);
		}
		List<String> topics = new ArrayList<>(counts.keySet());
		topics.sort(Comparator.comparing((String topic) -> -counts.get(topic))
			.thenComparing((topic) -> this.grouping.topicRank(topic)));
		return topics;
	}

	/**
	 * Each session's title: its main topic's name, with a numeral when the topic leads
	 * several sessions.
	 */
	private String[] titles() {
		int sessions = this.frames.size();
		String[] main = new String[sessions];
		Map<String, Integer> leads = new HashMap<>();
		for (int s = 0; s < sessions; s++) {
			List<String> topics = topics(s);
			main[s] = topics.isEmpty() ? null : topics.get(0);
			leads.merge(String.valueOf(main[s]), 1, Integer::sum);
		}
		Map<String, Integer> seen = new HashMap<>();
		String[] titles = new String[sessions];
		for (int s = 0; s < sessions; s++) {
			String key = String.valueOf(main[s]);
			String name = (main[s] != null) ? topicName(main[s]) : "Open session";
			int n = seen.merge(key, 1, Integer::sum);
			titles[s] = (leads.get(key) > 1) ? name + " " + ProgramSuggester.roman(n) : name;
		}
		return titles;
	}

	private String topicName(String code) {
		String name = this.topicNames.get(code);
		return (name != null && !name.isBlank()) ? name : code;
	}

}
