package org.husnu.symposium.review.speakers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.core.program.SpeakerStatus;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.TooManyRequestsException;
import org.husnu.symposium.platform.security.Secrets;
import org.husnu.symposium.review.program.AcceptedTalks;
import org.husnu.symposium.review.program.ProgramService;

import org.springframework.stereotype.Service;

/**
 * What chairs do about speakers: see where every talk's speaker stands, invite the
 * presenters not yet asked about their current slot, remind one. An invitation is written
 * (conditionally) before its mail is queued, so two chairs inviting at once mail each
 * presenter once; a reminder waits {@link #REMIND_INTERVAL} after the last mail unless
 * forced. Everything is audited.
 */
@Service
class Speakers {

	/** How long after the last mail to a speaker a reminder waits unless forced. */
	static final Duration REMIND_INTERVAL = Duration.ofHours(12);

	private final ProgramService programs;

	private final AcceptedTalks acceptedTalks;

	private final SpeakerStore store;

	private final SpeakerMails mails;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	Speakers(ProgramService programs, AcceptedTalks acceptedTalks, SpeakerStore store, SpeakerMails mails,
			MailOutbox outbox, AuditLog audit, Clock clock) {
		this.programs = programs;
		this.acceptedTalks = acceptedTalks;
		this.store = store;
		this.mails = mails;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every talk of the working program with its speaker's status.
	 * @param actor a chair
	 * @return the rows in program order and the counts per status
	 */
	Overview overview(Actor actor) {
		List<ScheduledTalk> talks = talks(actor);
		Map<UUID, SpeakerInvitation> invitations = this.store
			.invitations(talks.stream().map(ScheduledTalk::id).toList());
		List<SpeakerRow> rows = new ArrayList<>();
		Map<SpeakerStatus, Integer> counts = new EnumMap<>(SpeakerStatus.class);
		for (SpeakerStatus status : SpeakerStatus.values()) {
			counts.put(status, 0);
		}
		for (ScheduledTalk talk : talks) {
			SpeakerRow row = row(talk, invitations.get(talk.id()));
			counts.merge(row.statusOf(), 1, Integer::sum);
			rows.add(row);
		}
		Map<String, Integer> byCode = new LinkedHashMap<>();
		counts.forEach((status, count) -> byCode.put(status.code(), count));
		return new Overview(rows, byCode, REMIND_INTERVAL.toHours());
	}

	/**
	 * Invites every presenter who has no invitation about their talk's current slot.
	 * @param actor a chair
	 * @return how many were invited and how many were current already
	 */
	Invited inviteAll(Actor actor) {
		List<ScheduledTalk> talks = talks(actor);
		Map<UUID, SpeakerInvitation> invitations = this.store
			.invitations(talks.stream().map(ScheduledTalk::id).toList());
		Instant now = this.clock.instant();
		List<String> invited = new ArrayList<>();
		int current = 0;
		for (ScheduledTalk talk : talks) {
			SpeakerInvitation previous = invitations.get(talk.id());
			Author presenter = talk.presenter();
			if (previous != null && previous.concerns(talk.sessionId(), talk.start())
					&& presenter.email().equals(previous.presenterEmail())) {
				current++;
				continue;
			}
			String token = Secrets.newSecret();
			String hash = Secrets.hash(token);
			Optional<SpeakerInvitation> written = this.store.write(SpeakerInvitation.invite(talk.id(),
					presenter.email(), hash, talk.sessionId(), talk.start(), now, previous));
			if (written.isEmpty()) {
				// another chair (or instance) invited this presenter a moment ago
				current++;
				continue;
			}
			String mailId = this.outbox.enqueue(this.mails.invitation(talk, token, hash));
			this.audit.record(actor, "speaker.invited", talk.id().toString(),
					Map.of("number", talk.submission().number(), "to", presenter.email(), "session",
							talk.sessionId().toString(), "slotStart", talk.start().toString(), "mail", mailId, "again",
							Boolean.toString(previous != null)));
			invited.add(talk.submission().number());
		}
		return new Invited(invited.size(), current, invited);
	}

	/**
	 * Sends a speaker a new link to their pending invitation.
	 * @param actor a chair
	 * @param abstractRef the talk's abstract id or number
	 * @param force also within {@link #REMIND_INTERVAL} of the last mail, and also after
	 * the speaker answered
	 * @return the reminded row
	 */
	SpeakerRow remind(Actor actor, String abstractRef, boolean force) {
		ScheduledTalk talk = find(talks(actor), abstractRef);
		SpeakerInvitation invitation = this.store.find(talk.id()).orElse(null);
		SpeakerStatus status = SpeakerStatus.of(invitation, talk.sessionId(), talk.start());
		if (status == SpeakerStatus.NOT_INVITED || status == SpeakerStatus.SLOT_CHANGED) {
			throw new ConflictException(talk.submission().number()
					+ ((status == SpeakerStatus.NOT_INVITED) ? " has not been invited yet"
							: " moved since its speaker was invited")
					+ "; invite (POST /api/program/speakers/invite, or \"Invite all not yet invited\") instead of "
					+ "reminding, so the mail names the current slot")
				.with("code", "speakers.inviteFirst");
		}
		if (!force && invitation.state() != SpeakerConfirmation.PENDING) {
			throw new ConflictException("The speaker of " + talk.submission().number() + " has "
					+ invitation.state().name().toLowerCase(Locale.ROOT)
					+ " already; nothing to remind. To send the link again anyway, force it (?force=true)")
				.with("code", "speakers.answered");
		}
		Instant now = this.clock.instant();
		Instant allowedFrom = invitation.lastMailedAt().plus(REMIND_INTERVAL);
		if (!force && now.isBefore(allowedFrom)) {
			throw new TooManyRequestsException(
					"The speaker of " + talk.submission().number() + " was mailed at " + invitation.lastMailedAt()
							+ "; remind again from " + allowedFrom + " or force it (?force=true)",
					Duration.between(now, allowedFrom))
				.with("code", "speakers.recentlyReminded")
				.with("remindableAt", allowedFrom.toString());
		}
		String token = Secrets.newSecret();
		String hash = Secrets.hash(token);
		SpeakerInvitation reminded = this.store.write(invitation.remind(hash, now))
			.orElseThrow(() -> new ConflictException("The invitation of " + talk.submission().number()
					+ " changed meanwhile (the speaker answered or another chair reminded); reload and try again")
				.with("code", "speakers.conflict"));
		String mailId = this.outbox.enqueue(this.mails.reminder(talk, token, hash));
		this.audit.record(actor, "speaker.reminded", talk.id().toString(), Map.of("number", talk.submission().number(),
				"to", talk.presenter().email(), "mail", mailId, "forced", Boolean.toString(force)));
		return row(talk, reminded);
	}

	private List<ScheduledTalk> talks(Actor actor) {
		Program program = this.programs.current(actor);
		return ScheduledTalk.of(program, this.acceptedTalks.among(program.talks()));
	}

	private static ScheduledTalk find(List<ScheduledTalk> talks, String abstractRef) {
		String ref = String.valueOf(abstractRef).strip();
		return talks.stream()
			.filter((talk) -> talk.id().toString().equalsIgnoreCase(ref)
					|| talk.submission().number().equalsIgnoreCase(ref))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("'" + ref + "' is not a talk of the working program; take the "
					+ "numbers or ids from GET /api/program/speakers")
				.with("code", "speakers.notInProgram"));
	}

	private SpeakerRow row(ScheduledTalk talk, SpeakerInvitation invitation) {
		Author presenter = talk.presenter();
		SpeakerStatus status = SpeakerStatus.of(invitation, talk.sessionId(), talk.start());
		Instant remindableAt = (invitation != null) ? invitation.lastMailedAt().plus(REMIND_INTERVAL) : null;
		return new SpeakerRow(talk.id(), talk.submission().number(), talk.submission().title(),
				new Presenter(presenter.name(), presenter.affiliation(), presenter.institution(), presenter.email()),
				talk.sessionId(), talk.session().title(), talk.session().room(), talk.start(), talk.when(),
				status.code(), (invitation != null) ? invitation.invitedAt() : null,
				(invitation != null) ? invitation.remindedAt() : null,
				(invitation != null) ? invitation.respondedAt() : null,
				(invitation != null) ? invitation.declineNote() : null, remindableAt);
	}

	/**
	 * The speakers of the working program.
	 *
	 * @param talks one row per talk, in program order
	 * @param counts talks per status code
	 * @param remindIntervalHours the reminders' rate limit
	 */
	record Overview(List<SpeakerRow> talks, Map<String, Integer> counts, long remindIntervalHours) {
	}

	/**
	 * What an invitation round did.
	 *
	 * @param invited presenters invited now
	 * @param alreadyCurrent presenters whose invitation is about the current slot already
	 * @param numbers the talks invited now
	 */
	record Invited(int invited, int alreadyCurrent, List<String> numbers) {
	}

	/**
	 * The presenter of a talk, as chairs see them.
	 *
	 * @param name name
	 * @param affiliation affiliation, may be {@code null}
	 * @param institution institution code
	 * @param email address
	 */
	record Presenter(String name, String affiliation, String institution, String email) {
	}

	/**
	 * One talk and where its speaker stands.
	 *
	 * @param abstractId the abstract
	 * @param number its number
	 * @param title its title
	 * @param presenter the presenting author
	 * @param sessionId the session
	 * @param session the session's title
	 * @param room the session's room
	 * @param slotStart the talk's start
	 * @param when the talk's time in the event's zone, as people read it
	 * @param status {@code notInvited}, {@code pending}, {@code confirmed},
	 * {@code declined} or {@code slotChanged}
	 * @param invitedAt when invited about the slot last asked about
	 * @param remindedAt last reminder
	 * @param respondedAt when the speaker answered
	 * @param declineNote the speaker's note with a decline
	 * @param remindableAt from when a reminder goes without forcing
	 */
	record SpeakerRow(UUID abstractId, String number, String title, Presenter presenter, UUID sessionId, String session,
			String room, Instant slotStart, String when, String status, Instant invitedAt, Instant remindedAt,
			Instant respondedAt, String declineNote, Instant remindableAt) {

		SpeakerStatus statusOf() {
			for (SpeakerStatus candidate : SpeakerStatus.values()) {
				if (candidate.code().equals(this.status)) {
					return candidate;
				}
			}
			throw new IllegalStateException(this.status);
		}

	}

}
