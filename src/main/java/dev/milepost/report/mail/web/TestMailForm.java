package dev.milepost.report.mail.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address typed in for "Send test email". */
public class TestMailForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String address;

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
