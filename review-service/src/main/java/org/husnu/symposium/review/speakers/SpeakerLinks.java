package org.husnu.symposium.review.speakers;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.RateLimiter;
import org.husnu.symposium.platform.security.Secrets;
import org.husnu.symposium.review.program.AcceptedTalks;

import org.springframework.stereotype.Service;

/**
 * The speaker's side of an invitation, reached by the link's token without a login: what
 * the talk is and when, and the answer. The token is 256 random bits, stored only as its
 * hash; a client is also limited to {@link #LIMIT} link requests per {@link #WINDOW}. An
 * answer is about the slot the talk has when the speaker answers, is written
 * conditionally (retried on a concurrent change: the last answer wins) and is audited.
 */
@Service
class SpeakerLinks {

	static final int LIMIT = 60;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final int ATTEMPTS = 3;

	private final SpeakerStore store;

	private final AcceptedTalks acceptedTalks;

	private final SpeakerMails mails;

	private final RateLimiter rateLimiter;

	private final AuditLog audit;

	private final Clock clock;

	SpeakerLinks(SpeakerStore store, AcceptedTalks acceptedTalks, SpeakerMails mails, RateLimiter rateLimiter,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.acceptedTalks = acceptedTalks;
		this.mails = mails;
		this.rateLimiter = rateLimiter;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the link shows.
	 * @param token the link's token
	 * @param client the client's address, for the rate limit
	 * @return the page's content
	 */
	LinkView view(String token, String client) {
		limit(client);
		return find(token).map(this::view).orElse(LinkView.UNKNOWN);
	}

	/**
	 * Records the speaker's answer.
	 * @param token the link's token
	 * @param answer confirmed or declined
	 * @param note the note to the chairs with a decline, may be {@code null}
	 * @param client the client's address, for the rate limit
	 * @return the page's content after the answer
	 */
	LinkView answer(String token, SpeakerConfirmation answer, String note, String client) {
		limit(client);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<SpeakerInvitation> found = find(token);
			if (found.isEmpty()) {
				return LinkView.UNKNOWN;
			}
			SpeakerInvitation invitation = found.get();
			Optional<ScheduledTalk> talk = talkOf(invitation);
			if (talk.isEmpty()) {
				return LinkView.UNSCHEDULED;
			}
			Optional<SpeakerInvitation> written = this.store.write(
					invitation.answer(answer, note, talk.get().sessionId(), talk.get().start(), this.clock.instant()));
			if (written.isPresent()) {
				Map<String, String> details = new HashMap<>();
				details.put("number", talk.get().submission().number());
				details.put("session", talk.get().sessionId().toString());
				details.put("slotStart", talk.get().start().toString());
				details.put("previous", invitation.state().name());
				if (written.get().declineNote() != null) {
					details.put("note", written.get().declineNote());
				}
				this.audit.record(null,
						(answer == SpeakerConfirmation.CONFIRMED) ? "speaker.confirmed" : "speaker.declined",
						invitation.abstractId().toString(), details);
				return view(written.get(), talk.get());
			}
		}
		throw new IllegalStateException("The invitation kept changing while the speaker answered");
	}

	private Optional<SpeakerInvitation> find(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.store.byTokenHash(Secrets.hash(token));
	}

	private LinkView view(SpeakerInvitation invitation) {
		return talkOf(invitation).map((talk) -> view(invitation, talk)).orElse(LinkView.UNSCHEDULED);
	}

	private LinkView view(SpeakerInvitation invitation, ScheduledTalk talk) {
		boolean moved = !invitation.concerns(talk.sessionId(), talk.start());
		SpeakerConfirmation state = moved ? SpeakerConfirmation.PENDING : invitation.state();
		return new LinkView(LinkView.Kind.SCHEDULED, this.mails.languageOf(talk.submission()),
				talk.submission().number(), talk.submission().title(), talk.presenter().name(), talk.session().title(),
				talk.session().room(), talk.when(), state.name().toLowerCase(Locale.ROOT), moved,
				(state == SpeakerConfirmation.DECLINED) ? invitation.declineNote() : null);
	}

	private Optional<ScheduledTalk> talkOf(SpeakerInvitation invitation) {
		Program program = this.store.program();
		if (!program.talks().contains(invitation.abstractId())) {
			return Optional.empty();
		}
		List<ScheduledTalk> talks = ScheduledTalk.of(program,
				this.acceptedTalks.among(List.of(invitation.abstractId())));
		return talks.stream().findFirst();
	}

	private void limit(String client) {
		this.rateLimiter.acquire("speaker-link:" + client, LIMIT, WINDOW,
				"Too many requests for speaker links from your network; wait a few minutes and open the link again");
	}

	/**
	 * What a speaker's link shows.
	 *
	 * @param kind unknown link, a talk no longer in the program, or a scheduled talk
	 * @param language the presenter's language
	 * @param number the talk's number
	 * @param title its title
	 * @param presenter the presenter's name
	 * @param session the session's title
	 * @param room the room
	 * @param when the time in the event's zone
	 * @param state {@code pending}, {@code confirmed} or {@code declined}, about the
	 * current slot
	 * @param moved whether the talk moved since the speaker was asked or answered
	 * @param declineNote the note sent with a decline
	 */
	record LinkView(Kind kind, Language language, String number, String title, String presenter, String session,
			String room, String when, String state, boolean moved, String declineNote) {

		static final LinkView UNKNOWN = new LinkView(Kind.UNKNOWN, null, null, null, null, null, null, null, null,
				false, null);

		static final LinkView UNSCHEDULED = new LinkView(Kind.UNSCHEDULED, null, null, null, null, null, null, null,
				null, false, null);

		enum Kind {

			UNKNOWN, UNSCHEDULED, SCHEDULED

		}

	}

}
