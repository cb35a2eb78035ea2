package org.husnu.symposium.submission.people;

import java.util.List;

import org.husnu.symposium.platform.problems.ProblemTypes;
import org.husnu.symposium.submission.people.PeopleService.ImportRejectedException;
import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rejected import carries its whole answer (status, type, title, code, the bad rows),
 * so the API's one error mapping renders it without a handler of its own.
 */
class ImportRejectedExceptionTests {

	@Test
	void carriesTheProblemOfABadList() {
		List<PreRegistrationCsv.RowError> rows = List.of(new PreRegistrationCsv.RowError(3, "csv.name", "empty"),
				new PreRegistrationCsv.RowError(4, "csv.institution", "KYOTO"));

		ImportRejectedException rejected = new ImportRejectedException(rows);

		ProblemDetail problem = rejected.getBody();
		assertThat(rejected.getStatusCode().value()).isEqualTo(422);
		assertThat(problem.getStatus()).isEqualTo(422);
		assertThat(problem.getType()).isEqualTo(ProblemTypes.DOMAIN_RULE);
		assertThat(problem.getTitle()).isEqualTo("The list has bad rows");
		assertThat(problem.getDetail()).isEqualTo("Nothing was imported: 2 row(s) need fixing");
		assertThat(problem.getProperties()).containsEntry("code", "preregistration.import")
			.containsEntry("errors", rows);
		assertThat(rejected.errors()).isEqualTo(rows);
		assertThat(rejected.getMessage()).isEqualTo(problem.getDetail());
	}

}
