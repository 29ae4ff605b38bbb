package dev.milepost.healthrecord.web;

import java.time.LocalDate;

import dev.milepost.health.Health;
import dev.milepost.healthrecord.HealthOverrideRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The override form: the health to show, why, and until when. {@code version} is the
 * version of the active override the user saw, empty if there was none.
 */
public class HealthOverrideForm {

	@NotNull
	private Health health;

	@NotBlank
	@Size(max = 1000)
	private String rationale;

	@NotNull
	private LocalDate expiresOn;

	private Long version;

	static HealthOverrideForm from(HealthOverrideRecord override) {
		HealthOverrideForm form = new HealthOverrideForm();
		form.health = override.getHealth();
		form.rationale = override.getRationale();
		form.expiresOn = override.getExpiresOn();
		form.version = override.getVersion();
		return form;
	}

	public Health getHealth() {
		return this.health;
	}

	public void setHealth(Health health) {
		this.health = health;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
