package org.husnu.symposium.review.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.review.progress.Progress.DeadlineView;
import org.husnu.symposium.review.progress.Progress.ReviewerProgress;

import org.springframework.stereotype.Component;

/**
 * The reminder mail of one reviewer (template {@code reminder-reviews}): in their
 * account's language, listing their unfinished abstracts by number and title and the
 * deadline in the event's time zone. The preview and the sent mail are built here from
 * the same progress, so a chair reads what is sent.
 */
@Component
class ReminderMails {

	static final String TEMPLATE = "reminder-reviews";

	private final SymposiumProperties properties;

	ReminderMails(SymposiumProperties properties) {
		this.properties = properties;
	}

	OutgoingMail of(ReviewerProgress reviewer, DeadlineView deadline, String key) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", reviewer.name().equals(reviewer.email()) ? null : reviewer.name());
		model.put("count", reviewer.unfinished().size());
		model.put("abstracts",
				reviewer.unfinished()
					.stream()
					.map((item) -> Map.of("number", String.valueOf(item.number()), "title", item.title(), "draft",
							item.draft()))
					.toList());
		model.put("deadline", deadline.display());
		model.put("overdue", deadline.passed());
		model.put("url", this.properties.links().reviewUrl() + "/reviews");
		return new OutgoingMail(reviewer.email(), reviewer.language(), TEMPLATE, model, key);
	}

	static List<String> numbers(ReviewerProgress reviewer) {
		return reviewer.unfinished().stream().map(Progress.Unfinished::number).toList();
	}

}
