package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.UUID;

import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
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
 */
@Document(collection = CollectionNames.SPEAKER_INVITATIONS)
public record SpeakerInvitation(@Id UUID abstractId, String presenterEmail, String tokenHash, SpeakerConfirmation state,
		UUID sessionId, Instant slotStart, Instant invitedAt, Instant remindedAt, Instant respondedAt,
		@Version Long version) {

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

}
