package org.husnu.symposium.review.bids;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
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

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code /api/bids} answers, with the service mocked. Conflicts, blind review and
 * the range of a bid are tested over HTTP in
 * {@code conflicts.BidsAndConflictsIntegrationTests}.
 */
@WebMvcTest(controllers = BidController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = BidController.class)
class BidControllerTests {

	private final Account reviewer = AccountFixtures.reviewer("slice.sato@hokudai.ac.jp").build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BidService bids;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext().setAuthentication(AccountAuthentication.session(this.reviewer));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void listsAndPlacesBidsAndNeedsALevel() throws Exception {
		BidView view = new BidView(UUID.randomUUID(), "A-007", "Title", "GENOME_MEDICINE", List.of(),
				List.of("genomics"), "Text", List.of(), true, 2);
		given(this.bids.list(Actor.of(this.reviewer), BidQuery.ALL)).willReturn(new BidService.Found(List.of(view), 1));
		given(this.bids.place(Actor.of(this.reviewer), "A-007", 2)).willReturn(view);
		this.mvc.perform(get("/api/bids"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value("A-007"))
			.andExpect(jsonPath("$[0].blind").value(true))
			.andExpect(jsonPath("$[0].authors").isEmpty())
			.andExpect(jsonPath("$[0].bid").value(2));
		this.mvc.perform(put("/api/bids/A-007").contentType(MediaType.APPLICATION_JSON).content("{\"level\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bid").value(2));
		this.mvc.perform(put("/api/bids/A-007").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		then(this.bids).should().place(Actor.of(this.reviewer), "A-007", 2);
	}

}
