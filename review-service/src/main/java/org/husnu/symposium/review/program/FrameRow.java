package org.husnu.symposium.review.program;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.husnu.symposium.core.program.SessionFrame;

/**
 * One frame as the proposal page's form shows it, in the event's time zone.
 *
 * @param room room
 * @param date day, e.g. 2027-03-10
 * @param start start time, e.g. 09:00
 * @param end end time
 * @param talk talk minutes, blank for the default
 * @param questions question minutes, blank for the default
 */
public record FrameRow(String room, String date, String start, String end, String talk, String questions) {

	static FrameRow of(SessionFrame frame, ZoneId zone) {
		ZonedDateTime start = frame.start().atZone(zone);
		ZonedDateTime end = frame.end().atZone(zone);
		return new FrameRow((frame.room() != null) ? frame.room() : "", start.toLocalDate().toString(),
				start.toLocalTime().toString(), end.toLocalTime().toString(),
				(frame.talkMinutes() != null) ? frame.talkMinutes().toString() : "",
				(frame.questionMinutes() != null) ? frame.questionMinutes().toString() : "");
	}

	public boolean isBlank() {
		return blank(this.room) && blank(this.date) && blank(this.start) && blank(this.end);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
