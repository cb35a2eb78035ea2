package org.husnu.symposium.submission.settings;

import java.time.LocalDateTime;
import java.util.List;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.security.AccountAuthentication;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code /api/settings} answers, with the settings service mocked: the JSON shape
 * (deadlines as event time, grace in minutes), what reaches the service, and that an
 * incomplete body never does. Who may call it and the rules are tested over HTTP in
 * {@code SettingsIntegrationTests}.
 */
@WebMvcTest(controllers = SettingsController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = SettingsController.class)
class SettingsControllerTests {

	private static final String BODY = """
			{"version": 4, "submissionDeadline": "2027-02-07T23:59", "submissionGraceMinutes": 30,
			 "reviewDeadline": "2027-02-28T23:59", "reviewGraceMinutes": 0, "blindReview": true,
			 "institutionPolicy": "SAME_INSTITUTION", "reviewersPerAbstract": 4, "defaultReviewerLoad": 8,
			 "limits": {"maxPdfBytes": 10485760, "maxPdfPages": 2, "maxPdfWords": 1200, "maxAbstractWords": 400,
			            "maxKeywords": 6, "maxSecondaryTopics": 3}}
			""";

	private final Account chair = AccountFixtures.chair("slice.chair@hokudai.ac.jp").build();

	private final EventSettings stored = EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"),
			LocalDateTime.parse("2027-02-28T23:59"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SettingsService settings;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext().setAuthentication(AccountAuthentication.session(this.chair));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void answersTheSettingsInEventTimeWithGraceInMinutes() throws Exception {
		given(this.settings.current(Actor.of(this.chair))).willReturn(this.stored);

		this.mvc.perform(get("/api/settings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.timeZone").value("Asia/Tokyo"))
			.andExpect(jsonPath("$.submissionDeadline").value("2027-01-31T23:59:00"))
			.andExpect(jsonPath("$.submissionGraceMinutes").value(60))
			.andExpect(jsonPath("$.reviewGraceMinutes").value(0))
			.andExpect(jsonPath("$.blindReview").value(false))
			.andExpect(jsonPath("$.institutionPolicy").value("NONE"))
			.andExpect(jsonPath("$.reviewersPerAbstract").value(3))
			.andExpect(jsonPath("$.limits.maxPdfPages").value(2))
			.andExpect(jsonPath("$.limits.maxKeywords").value(8));
	}

	@Test
	void passesTheWholeChangeToTheService() throws Exception {
		SettingsRequest expected = new SettingsRequest(4L, LocalDateTime.parse("2027-02-07T23:59"), 30,
				LocalDateTime.parse("2027-02-28T23:59"), 0, true, InstitutionPolicy.SAME_INSTITUTION, 4, 8,
				new SettingsRequest.Limits(10485760L, 2, 1200, 400, 6, 3));
		given(this.settings.change(Actor.of(this.chair), expected))
			.willReturn(new SettingsService.Changed(this.stored, List.of()));

		this.mvc.perform(put("/api/settings").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));

		then(this.settings).should().change(Actor.of(this.chair), expected);
	}

	@Test
	void anIncompleteChangeNeverReachesTheService() throws Exception {
		this.mvc
			.perform(put("/api/settings").contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"reviewersPerAbstract\": 4,", "")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/settings").contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"maxKeywords\": 6,", "")))
			.andExpect(status().isBadRequest());

		then(this.settings).should(never()).change(any(), any());
	}

}
