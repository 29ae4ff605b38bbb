package dev.milepost.stakeholder.web;

import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.Stakeholder;
import dev.milepost.stakeholder.StakeholderData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The create/edit form of a stakeholder.
 */
public class StakeholderForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 120)
	private String title;

	@Size(max = 120)
	private String organisation;

	@NotNull
	private Level influence = Level.MEDIUM;

	@NotNull
	private Level interest = Level.MEDIUM;

	private Long version;

	static StakeholderForm from(Stakeholder stakeholder) {
		StakeholderForm form = new StakeholderForm();
		form.name = stakeholder.getName();
		form.email = stakeholder.getEmail();
		form.title = stakeholder.getTitle();
		form.organisation = stakeholder.getOrganisation();
		form.influence = stakeholder.getInfluence();
		form.interest = stakeholder.getInterest();
		form.version = stakeholder.getVersion();
		return form;
	}

	StakeholderData toData() {
		return new StakeholderData(this.name, this.email, this.title, this.organisation, this.influence, this.interest);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Level getInfluence() {
		return this.influence;
	}

	public void setInfluence(Level influence) {
		this.influence = influence;
	}

	public Level getInterest() {
		return this.interest;
	}

	public void setInterest(Level interest) {
		this.interest = interest;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
