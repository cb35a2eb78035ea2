package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A presenter's invitation to confirm or decline the slot of an accepted talk, one per
 * abstract. Kept apart from the {@link Program} so a speaker answering never races a
 * chair editing. The link carries a random token; only its hash is stored.
 *
 * @param abstractId the talk's abstract (the id)
 * @param presenterEmail where the link went
 * @param tokenHash SHA-256 of the link's token, hex
 * @param state pending, confirmed or declined
 * @param sessionId the session of the slot the speaker was asked about
 * @param slotStart the start of that slot; a later move makes the answer stale
 * @param invitedAt first invitation
 * @param remindedAt last reminder, {@code null} if none
 * @param respondedAt when the speaker answered, {@code null} while pending
 * @param version optimistic-locking version
 * @param declineNote the speaker's optional note to the chairs with a decline,
 * {@code null} otherwise
 */
@Document(collection = CollectionNames.SPEAKER_INVITATIONS)
public record SpeakerInvitation(@Id UUID abstractId, String presenterEmail, String tokenHash, SpeakerConfirmation state,
		UUID sessionId, Instant slotStart, Instant invitedAt, Instant remindedAt, Instant respondedAt,
		@Version Long version, String declineNote) {

	/** Longest note a speaker may leave with a decline. */
	public static final int MAX_NOTE_LENGTH = 1000;

	@PersistenceCreator
	public SpeakerInvitation {
		declineNote = (state == SpeakerConfirmation.DECLINED && declineNote != null && !declineNote.isBlank())
				? declineNote.strip() : null;
	}

	/**
	 * An invitation without a decline note (the shape before notes were kept).
	 * @param abstractId the talk's abstract
	 * @param presenterEmail where the link went
	 * @param tokenHash the SHA-256 of the link's token, hex
	 * @param state pending, confirmed or declined
	 * @param sessionId the session of the slot
	 * @param slotStart the start of the slot
	 * @param invitedAt first invitation
	 * @param remindedAt last reminder
	 * @param respondedAt when the speaker answered
	 * @param version optimistic-locking version
	 */
	public SpeakerInvitation(UUID abstractId, String presenterEmail, String tokenHash, SpeakerConfirmation state,
			UUID sessionId, Instant slotStart, Instant invitedAt, Instant remindedAt, Instant respondedAt,
			Long version) {
		this(abstractId, presenterEmail, tokenHash, state, sessionId, slotStart, invitedAt, remindedAt, respondedAt,
				version, null);
	}

	/**
	 * A new invitation about a slot, pending, replacing any earlier one of the talk
	 * (whose version it keeps, so the replacement is a conditional write).
	 * @param abstractId the talk
	 * @param presenterEmail the presenter's address
	 * @param tokenHash hash of the new link's token
	 * @param sessionId the talk's session now
	 * @param slotStart the talk's start now
	 * @param at when
	 * @param previous the earlier invitation, or {@code null}
	 * @return the invitation
	 */
	public static SpeakerInvitation invite(UUID abstractId, String presenterEmail, String tokenHash, UUID sessionId,
			Instant slotStart, Instant at, SpeakerInvitation previous) {
		return new SpeakerInvitation(abstractId, presenterEmail, tokenHash, SpeakerConfirmation.PENDING, sessionId,
				slotStart, at, null, null, (previous != null) ? previous.version() : null, null);
	}

	/**
	 * Whether the answer concerns the slot the talk has now.
	 * @param currentSessionId the talk's session now
	 * @param currentStart the talk's start now
	 * @return {@code true} when the invitation is about the current slot
	 */
	public boolean concerns(UUID currentSessionId, Instant currentStart) {
		return currentSessionId != null && currentSessionId.equals(this.sessionId) && currentStart != null
				&& currentStart.equals(this.slotStart);
	}

	/**
	 * This invitation with a new link sent as a reminder; the answer so far stays.
	 * @param newTokenHash hash of the reminder link's token
	 * @param at when
	 * @return the reminded invitation
	 */
	public SpeakerInvitation remind(String newTokenHash, Instant at) {
		return new SpeakerInvitation(this.abstractId, this.presenterEmail, newTokenHash, this.state, this.sessionId,
				this.slotStart, this.invitedAt, at, this.respondedAt, this.version, this.declineNote);
	}

	/**
	 * The speaker's answer, always about the slot the talk has when they answer; a later
	 * answer replaces an earlier one.
	 * @param answer confirmed or declined
	 * @param note the note with a decline, may be {@code null}; ignored with a
	 * confirmation
	 * @param currentSessionId the talk's session now
	 * @param currentStart the talk's start now
	 * @param at when
	 * @return the answered invitation
	 */
	public SpeakerInvitation answer(SpeakerConfirmation answer, String note, UUID currentSessionId,
			Instant currentStart, Instant at) {
		if (answer == SpeakerConfirmation.PENDING) {
			throw new IllegalArgumentException("An answer confirms or declines");
		}
		return new SpeakerInvitation(this.abstractId, this.presenterEmail, this.tokenHash, answer, currentSessionId,
				currentStart, this.invitedAt, this.remindedAt, at, this.version, note);
	}

	/**
	 * When the presenter was last mailed about this talk.
	 * @return the last reminder, else the invitation
	 */
	public Instant lastMailedAt() {
		return (this.remindedAt != null) ? this.remindedAt : this.invitedAt;
	}

}
