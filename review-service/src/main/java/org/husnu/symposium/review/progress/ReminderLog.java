package org.husnu.symposium.review.progress;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.reviews.ReviewReminder;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The reminders sent, in {@code review_reminders}: appended once per mail, read for "last
 * reminded" and for the rate limits.
 */
@Component
class ReminderLog {

	private final MongoOperations mongo;

	ReminderLog(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void append(ReviewReminder reminder) {
		this.mongo.insert(reminder);
	}

	/**
	 * When each reviewer was last reminded, by a chair or by the schedule.
	 * @return reviewer id to the newest reminder's time
	 */
	Map<UUID, Instant> lastPerReviewer() {
		Map<UUID, Instant> last = new HashMap<>();
		for (ReviewReminder reminder : this.mongo.findAll(ReviewReminder.class)) {
			last.merge(reminder.reviewerId(), reminder.sentAt(), (a, b) -> a.isAfter(b) ? a : b);
		}
		return last;
	}

}
