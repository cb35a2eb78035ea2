package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Orders the talks inside each proposed session so that no presenter gives two talks at
 * the same time in different rooms. Sessions that overlap in time are ordered together: a
 * depth-first search over their slots in time order tries, for each slot, the talks left
 * in that session whose presenter is free then, within a budget of steps; when the search
 * finds no clash-free order (or runs out of budget) each session keeps a greedy order
 * (the first talk whose presenter is free, else the first left), and the caller reports
 * what still clashes. Grouping and counts are not touched: only the order within a
 * session changes.
 */
final class SpeakerOrder {

	/** Search steps per group of overlapping sessions before falling back to greedy. */
	static final int BUDGET = 200_000;

	private final List<SuggestTalk> talks;

	private final List<SessionFrame> frames;

	private final List<List<Integer>> members;

	private final List<List<Integer>> ordered;

	private SpeakerOrder(List<SuggestTalk> talks, List<SessionFrame> frames, List<List<Integer>> members) {
		this.talks = talks;
		this.frames = frames;
		this.members = members;
		this.ordered = new ArrayList<>();
		members.forEach((session) -> this.ordered.add(new ArrayList<>(session)));
	}

	/**
	 * The talks of each session in slot order.
	 * @param talks every talk
	 * @param frames the sessions' frames, in the same order as {@code members}
	 * @param members each session's talks (indexes into {@code talks})
	 * @return each session's talks, reordered
	 */
	static List<List<Integer>> order(List<SuggestTalk> talks, List<SessionFrame> frames, List<List<Integer>> members) {
		SpeakerOrder order = new SpeakerOrder(talks, frames, members);
		for (List<Integer> group : order.overlappingGroups()) {
			order.orderGroup(group);
		}
		return order.ordered;
	}

	private Instant start(int session, int position) {
		return this.frames.get(session).start().plus(length(session).multipliedBy(position));
	}

	private Duration length(int session) {
		return Duration.ofMinutes(ProgramSuggester.slotMinutes(this.frames.get(session)));
	}

	private Instant end(int session) {
		return start(session, Math.max(1, this.members.get(session).size()));
	}

	/** Sessions whose slots overlap in time, transitively, each group in time order. */
	private List<List<Integer>> overlappingGroups() {
		List<Integer> byStart = new ArrayList<>();
		for (int s = 0; s < this.frames.size(); s++) {
			byStart.add(s);
		}
		byStart.sort(Comparator.comparing((Integer s) -> this.frames.get(s).start()).thenComparing((s) -> s));
		List<List<Integer>> groups = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		Instant reach = null;
		for (int s : byStart) {
			if (reach != null && !this.frames.get(s).start().isBefore(reach)) {
				groups.add(current);
				current = new ArrayList<>();
				reach = null;
			}
			current.add(s);
			reach = (reach == null || end(s).isAfter(reach)) ? end(s) : reach;
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		return groups;
	}

	private void orderGroup(List<Integer> group) {
		if (group.size() < 2) {
			return;
		}
		List<Cell> cells = new ArrayList<>();
		for (int s : group) {
			for (int n = 0; n < this.members.get(s).size(); n++) {
				cells.add(new Cell(s, start(s, n), start(s, n + 1)));
			}
		}
		cells.sort(Comparator.comparing(Cell::start).thenComparing(Cell::session));
		int[] chosen = new int[cells.size()];
		List<Set<Integer>> left = new ArrayList<>();
		for (int s = 0; s < this.members.size(); s++) {
			left.add(new HashSet<>(group.contains(s) ? this.members.get(s) : List.of()));
		}
		int[] steps = { 0 };
		if (search(cells, 0, chosen, left, steps)) {
			for (int s : group) {
				this.ordered.get(s).clear();
			}
			for (int c = 0; c < cells.size(); c++) {
				this.ordered.get(cells.get(c).session()).add(chosen[c]);
			}
		}
		else {
			greedy(group);
		}
	}

	private boolean search(List<Cell> cells, int at, int[] chosen, List<Set<Integer>> left, int[] steps) {
		if (at == cells.size()) {
			return true;
		}
		if (++steps[0] > BUDGET) {
			return false;
		}
		Cell cell = cells.get(at);
		Set<String> tried = new HashSet<>();
		for (int talk : this.members.get(cell.session())) {
			if (!left.get(cell.session()).contains(talk)) {
				continue;
			}
			String presenter = this.talks.get(talk).presenter();
			if ((presenter != null && !tried.add(presenter)) || busy(presenter, cell, cells, chosen, at)) {
				continue;
			}
			chosen[at] = talk;
			left.get(cell.session()).remove(talk);
			if (search(cells, at + 1, chosen, left, steps)) {
				return true;
			}
			left.get(cell.session()).add(talk);
		}
		return false;
	}

	private boolean busy(String presenter, Cell cell, List<Cell> cells, int[] chosen, int upTo) {
		if (presenter == null) {
			return false;
		}
		for (int c = 0; c < upTo; c++) {
			Cell other = cells.get(c);
			if (other.session() != cell.session() && other.start().isBefore(cell.end())
					&& cell.start().isBefore(other.end()) && presenter.equals(this.talks.get(chosen[c]).presenter())) {
				return true;
			}
		}
		return false;
	}

	private void greedy(List<Integer> group) {
		List<Cell> timed = new ArrayList<>();
		List<Integer> talksOfTimed = new ArrayList<>();
		for (int s : group) {
			List<Integer> remaining = new ArrayList<>(this.members.get(s));
			List<Integer> order = this.ordered.get(s);
			order.clear();
			for (int n = 0; !remaining.isEmpty(); n++) {
				Cell cell = new Cell(s, start(s, n), start(s, n + 1));
				int talk = remaining.stream()
					.filter((candidate) -> !clashes(candidate, cell, timed, talksOfTimed))
					.findFirst()
					.orElse(remaining.get(0));
				remaining.remove(Integer.valueOf(talk));
				order.add(talk);
				timed.add(cell);
				talksOfTimed.add(talk);
			}
		}
	}

	private boolean clashes(int talk, Cell cell, List<Cell> timed, List<Integer> talksOfTimed) {
		String presenter = this.talks.get(talk).presenter();
		for (int c = 0; c < timed.size(); c++) {
			Cell other = timed.get(c);
			if (presenter != null && other.session() != cell.session() && other.start().isBefore(cell.end())
					&& cell.start().isBefore(other.end())
					&& Objects.equals(presenter, this.talks.get(talksOfTimed.get(c)).presenter())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One slot of a session.
	 *
	 * @param session the session's index
	 * @param start when it starts
	 * @param end when it ends
	 */
	private record Cell(int session, Instant start, Instant end) {
	}

}
