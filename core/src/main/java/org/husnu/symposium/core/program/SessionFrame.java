package org.husnu.symposium.core.program;

import java.time.Instant;

/**
 * A time and room the auto-suggest may fill with one session.
 *
 * @param room room
 * @param start start
 * @param end end
 * @param talkMinutes talk length, {@code null} for the default 12
 * @param questionMinutes question time, {@code null} for the default 3
 */
public record SessionFrame(String room, Instant start, Instant end, Integer talkMinutes, Integer questionMinutes) {

}
