package dev.milepost.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.milepost.TestData;
import dev.milepost.security.User;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Milepost as a person reaches it in the browser: its address on the test's random port
 * and its login form.
 */
final class Site {

	private final Page page;

	private final String base;

	Site(Page page, int port) {
		this.page = page;
		this.base = "http://localhost:" + port;
	}

	/** Loads the page at {@code path} ("/programs/7") and waits for it. */
	void open(String path) {
		this.page.navigate(this.base + path);
	}

	/** The address of the page at {@code path}, to compare with {@link Page#url()}. */
	String url(String path) {
		return this.base + path;
	}

	/**
	 * Signs in through the login form, as {@link TestData#user} created the user
	 * (password {@code <username>-password}), and waits until the page says who is signed
	 * in.
	 */
	void signIn(User user) {
		open("/login");
		this.page.getByLabel("User name").fill(user.getUsername());
		this.page.getByLabel("Password").fill(user.getUsername() + "-password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(this.page.getByText("Signed in as " + user.getUsername())).isVisible();
	}

}
