package org.husnu.symposium.core.abstracts;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AbstractLifecycleTests {

	@Test
	void followsTheHappyPathFromDraftToAcceptedOral() {
		AbstractStatus status = AbstractStatus.DRAFT;
		status = AbstractLifecycle.next(status, AbstractAction.SUBMIT);
		assertThat(status).isEqualTo(AbstractStatus.SUBMITTED);
		status = AbstractLifecycle.next(status, AbstractAction.START_REVIEW);
		assertThat(status).isEqualTo(AbstractStatus.UNDER_REVIEW);
		status = AbstractLifecycle.next(status, AbstractAction.ACCEPT_ORAL);
		assertThat(status).isEqualTo(AbstractStatus.ACCEPTED_ORAL);
	}

	@Test
	void withdrawnIsFinal() {
		assertThat(AbstractLifecycle.allowedActions(AbstractStatus.WITHDRAWN)).isEmpty();
		for (AbstractAction action : AbstractAction.values()) {
			assertThatExceptionOfType(IllegalTransitionException.class)
				.isThrownBy(() -> AbstractLifecycle.next(AbstractStatus.WITHDRAWN, action))
				.withMessageContaining("nothing more can be done");
		}
	}

	@ParameterizedTest
	@EnumSource(value = AbstractStatus.class,
			names = { "DRAFT", "SUBMITTED", "UNDER_REVIEW", "ACCEPTED_ORAL", "ACCEPTED_POSTER" })
	void authorsMayWithdrawUntilRejectedOrWithdrawn(AbstractStatus status) {
		assertThat(AbstractLifecycle.next(status, AbstractAction.WITHDRAW)).isEqualTo(AbstractStatus.WITHDRAWN);
	}

	@Test
	void rejectedAbstractCannotBeWithdrawnButCanBeReconsidered() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> AbstractLifecycle.next(AbstractStatus.REJECTED, AbstractAction.WITHDRAW));
		assertThat(AbstractLifecycle.next(AbstractStatus.REJECTED, AbstractAction.ACCEPT_POSTER))
			.isEqualTo(AbstractStatus.ACCEPTED_POSTER);
	}

	@Test
	void draftCannotBeDecidedWithoutReview() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> AbstractLifecycle.next(AbstractStatus.DRAFT, AbstractAction.ACCEPT_ORAL))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("abstract.transition");
				assertThat(ex.from()).isEqualTo(AbstractStatus.DRAFT);
				assertThat(ex.getMessage()).contains("DRAFT", "ACCEPT_ORAL", "SUBMIT");
			});
	}

	@Test
	void submittingTwiceIsRefused() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> AbstractLifecycle.next(AbstractStatus.SUBMITTED, AbstractAction.SUBMIT));
	}

	@Test
	void everyStatusIsReachableFromDraft() {
		Set<AbstractStatus> reached = EnumSet.of(AbstractStatus.DRAFT);
		boolean grew = true;
		while (grew) {
			Set<AbstractStatus> next = EnumSet.copyOf(reached);
			for (AbstractStatus status : reached) {
				for (AbstractAction action : AbstractLifecycle.allowedActions(status)) {
					next.add(AbstractLifecycle.next(status, action));
				}
			}
			grew = next.size() > reached.size();
			reached = next;
		}
		assertThat(reached).containsExactlyInAnyOrder(AbstractStatus.values());
	}

	@Test
	void onlySubmitAndWithdrawAreAuthorActions() {
		assertThat(EnumSet.allOf(AbstractAction.class).stream().filter((action) -> !action.isChairOnly()))
			.containsExactlyInAnyOrder(AbstractAction.SUBMIT, AbstractAction.WITHDRAW);
	}

	@Test
	void authorsMayEditOnlyDraftsAndSubmittedAbstracts() {
		assertThat(EnumSet.allOf(AbstractStatus.class).stream().filter(AbstractStatus::isEditableByAuthors))
			.containsExactlyInAnyOrder(AbstractStatus.DRAFT, AbstractStatus.SUBMITTED);
	}

}
