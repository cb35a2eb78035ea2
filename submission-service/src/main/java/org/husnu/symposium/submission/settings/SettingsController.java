package org.husnu.symposium.submission.settings;

import jakarta.validation.Valid;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chairs' API for the event settings: {@code GET} and {@code PUT /api/settings}.
 */
@RestController
class SettingsController {

	private final SettingsService settings;

	SettingsController(SettingsService settings) {
		this.settings = settings;
	}

	@GetMapping("/api/settings")
	SettingsView current() {
		return SettingsView.of(this.settings.current(CurrentActor.require()));
	}

	@PutMapping("/api/settings")
	SettingsView change(@Valid @RequestBody SettingsRequest request) {
		return SettingsView.of(this.settings.change(CurrentActor.require(), request).settings());
	}

}
