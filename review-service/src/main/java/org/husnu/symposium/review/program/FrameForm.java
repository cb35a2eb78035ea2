package org.husnu.symposium.review.program;

import java.util.ArrayList;
import java.util.List;

/**
 * The proposal page's frame rows as the form posts them: one list per column.
 *
 * @param room rooms
 * @param date days
 * @param start start times
 * @param end end times
 * @param talk talk minutes
 * @param questions question minutes
 */
record FrameForm(List<String> room, List<String> date, List<String> start, List<String> end, List<String> talk,
		List<String> questions) {

	List<FrameRow> rows() {
		int n = size(this.room, this.date, this.start, this.end, this.talk, this.questions);
		List<FrameRow> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(new FrameRow(at(this.room, i), at(this.date, i), at(this.start, i), at(this.end, i),
					at(this.talk, i), at(this.questions, i)));
		}
		return rows;
	}

	@SafeVarargs
	private static int size(List<String>... columns) {
		int n = 0;
		for (List<String> column : columns) {
			n = Math.max(n, (column != null) ? column.size() : 0);
		}
		return Math.min(n, 1000);
	}

	private static String at(List<String> column, int i) {
		return (column != null && i < column.size() && column.get(i) != null) ? column.get(i) : "";
	}

}
