package dev.milepost.security;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.shared.web.DateFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The account screens under {@code /admin/users}: happy paths, validation, duplicate
 * names, the last-admin rule, stale edits, unknown ids, and that nobody but an
 * administrator gets in.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class AdminUserControllerTests {

	static final String GOOD_PASSWORD = "correct horse battery";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DateFormats dates;

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A complete, valid create form; {@code overrides} are name, value pairs. */
	MvcTestResult create(String username, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("displayName", "Nina Newcomer");
		fields.put("email", username + "@example.com");
		fields.put("roles", "TPM");
		fields.put("password", GOOD_PASSWORD);
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		return post("/admin/users", fields);
	}

	/**
	 * A complete, valid edit form for {@code user}; {@code overrides} are name, value
	 * pairs.
	 */
	MvcTestResult edit(User user, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", user.getDisplayName());
		fields.put("email", "changed@example.com");
		fields.put("roles", user.getRoles().iterator().next().name());
		fields.put("_roles", "on");
		fields.put("enabled", "true");
		fields.put("_enabled", "on");
		fields.put("version", String.valueOf(user.getVersion()));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		return post("/admin/users/" + user.getId(), fields);
	}

	MvcTestResult post(String uri, Map<String, String> fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	User reload(User user) {
		return this.users.findWithRolesByUsername(user.getUsername()).orElseThrow();
	}

	// --- list

	@Test
	void listShowsRolesStatusAndWhenALockEnds() {
		String prefix = uniqueName("lst");
		User locked = this.data.user(prefix + "-locked", "Lara Locked", Role.TPM);
		this.data.user(prefix + "-free", "Frank Free", Role.VIEWER);
		Instant until = TestClock.runNow().plus(10, ChronoUnit.MINUTES);
		this.jdbc.sql("update users set locked_until = ? where id = ?")
			.params(java.sql.Timestamp.from(until), locked.getId())
			.update();

		MvcTestResult result = this.mvc.get().uri("/admin/users?q=" + prefix).exchange();

		assertThat(result).hasStatusOk();
		String html = body(result);
		assertThat(html).contains("Lara Locked", "Frank Free", "TPM", "Viewer (read-only)", "Enabled", "Locked until");
		assertThat(html.split("user-locked", -1)).as("one locked badge").hasSize(2);
		assertThat(html).contains(this.dates.dateTime(until));
	}

	@Test
	void listFiltersByTextRoleAndStatus() {
		String prefix = uniqueName("flt");
		this.data.user(prefix + "-tpm", "Tess Tpm", Role.TPM);
		User viewer = this.data.user(prefix + "-viewer", "Vic Viewer", Role.VIEWER);
		this.jdbc.sql("update users set enabled = false where id = ?").param(viewer.getId()).update();

		assertThat(body(this.mvc.get().uri("/admin/users?q=" + prefix + "&role=VIEWER").exchange()))
			.contains("Vic Viewer")
			.doesNotContain("Tess Tpm");
		assertThat(body(this.mvc.get().uri("/admin/users?q=" + prefix + "&enabled=true").exchange()))
			.contains("Tess Tpm")
			.doesNotContain("Vic Viewer");
		assertThat(body(this.mvc.get().uri("/admin/users?q=" + prefix + "&enabled=false").exchange()))
			.contains("Vic Viewer")
			.doesNotContain("Tess Tpm");
		assertThat(body(this.mvc.get().uri("/admin/users?q=" + prefix.toUpperCase() + "-TPM").exchange()))
			.as("case-insensitive")
			.contains("Tess Tpm");
		assertThat(body(this.mvc.get().uri("/admin/users?q=" + prefix + "&role=ADMIN").exchange()))
			.contains("Nothing matches these filters.");
	}

	@Test
	void listSortsAndPages() {
		String prefix = uniqueName("srt");
		this.data.user(prefix + "-a", "Zed First", Role.TPM);
		this.data.user(prefix + "-b", "Amy Second", Role.TPM);

		String byName = body(this.mvc.get().uri("/admin/users?q=" + prefix + "&sort=name").exchange());
		assertThat(byName.indexOf("Amy Second")).isLessThan(byName.indexOf("Zed First"));
		String byUsernameDesc = body(
				this.mvc.get().uri("/admin/users?q=" + prefix + "&sort=username&dir=desc").exchange());
		assertThat(byUsernameDesc.indexOf("Amy Second")).isLessThan(byUsernameDesc.indexOf("Zed First"));

		String secondPage = body(this.mvc.get().uri("/admin/users?q=" + prefix + "&size=1&page=1").exchange());
		assertThat(secondPage).contains("Amy Second").doesNotContain("Zed First").contains("Showing 2–2 of 2");

		assertThat(this.mvc.get().uri("/admin/users?sort=passwordHash").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/users?role=ROOT").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	// --- create

	@Test
	void createsAnEnabledAccountWithABcryptHashAndShowsIt() {
		String username = uniqueName("new");

		MvcTestResult result = create(username, "roles", "VIEWER");

		User created = this.users.findWithRolesByUsername(username).orElseThrow();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + created.getId());
		assertThat(created.getDisplayName()).isEqualTo("Nina Newcomer");
		assertThat(created.getEmail()).isEqualTo(username + "@example.com");
		assertThat(created.getRoles()).containsExactly(Role.VIEWER);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		assertThat(this.passwordEncoder.matches(GOOD_PASSWORD, created.getPasswordHash())).isTrue();

		MvcTestResult shown = this.mvc.get().uri("/admin/users/" + created.getId()).exchange();
		assertThat(shown).hasStatusOk();
		assertThat(body(shown)).contains("Nina Newcomer (" + username + ")", "Viewer (read-only)", "Not locked")
			.doesNotContain("{bcrypt}");
	}

	@Test
	void createKeepsSeveralRolesAndPasswordSpacesAsTyped() {
		String username = uniqueName("multi");
		String password = "  spaces count too  ";

		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/users")
			.with(csrf())
			.param("username", username)
			.param("displayName", "Multi Role")
			.param("roles", "TPM", "ADMIN")
			.param("password", password);

		assertThat(request.exchange()).hasStatus(HttpStatus.FOUND);
		User created = this.users.findWithRolesByUsername(username).orElseThrow();
		assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.TPM, Role.ADMIN);
		assertThat(created.getEmail()).isNull();
		assertThat(this.passwordEncoder.matches(password, created.getPasswordHash())).isTrue();
	}

	@Test
	void createRejectsInvalidInputNextToEachFieldKeepsTheInputAndSavesNothing() {
		MvcTestResult result = create("Not Valid!", "displayName", "<b>Bold</b> Name", "email", "not-an-email", "roles",
				"", "password", "short");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String html = body(result);
		assertThat(html).contains("Use 3–60 characters: lower-case letters, digits, dots, hyphens or underscores.",
				"Enter a valid email address.", "Choose at least one role.", "Use at least 12 characters.");
		assertThat(html).contains("value=\"Not Valid!\"", "value=\"&lt;b&gt;Bold&lt;/b&gt; Name\"",
				"value=\"not-an-email\"");
		assertThat(html).as("a password is never sent back").doesNotContain("value=\"short\"");
		assertThat(this.users.existsByUsername("Not Valid!")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "elevenchars", "a-very-long-password-that-is-more-than-seventy-two-bytes-long-in-utf8-xxxx",
					"ääääääääääääääääääääääääääääääääääääää", "same-as-user-name" })
	void createRefusesWeakOrTooLongPasswords(String password) {
		String username = password.equals("same-as-user-name") ? uniqueName("same") : uniqueName("weak");
		String typed = password.equals("same-as-user-name") ? username.toUpperCase() : password;

		MvcTestResult result = create(username, "password", typed);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).containsAnyOf("Required.", "Use at least 12 characters.", "Too long: at most 72 bytes",
				"The password cannot be the user name.");
		assertThat(this.users.existsByUsername(username)).isFalse();
	}

	@Test
	void createRefusesATakenUserNameAsAFieldErrorWithTheOtherErrors() {
		User existing = this.data.user(uniqueName("taken"), Role.TPM);

		MvcTestResult result = create(existing.getUsername(), "displayName", "");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("The user name " + existing.getUsername() + " is already taken")
			.contains("Required.");
		assertThat(this.jdbc.sql("select count(*) from users where username = ?")
			.param(existing.getUsername())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(reload(existing).getDisplayName()).isEqualTo(existing.getDisplayName());
	}

	@Test
	void createFormStartsWithTheTpmRole() {
		MvcTestResult result = this.mvc.get().uri("/admin/users/new").exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("New user").containsPattern("value=\"TPM\"[^>]*checked");
	}

	// --- edit

	@Test
	void editChangesNameEmailRolesAndEnabled() {
		User user = this.data.user(uniqueName("edit"), Role.TPM);

		MvcTestResult result = edit(user, "displayName", "Renamed Person", "roles", "VIEWER", "enabled", "false");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + user.getId());
		User saved = reload(user);
		assertThat(saved.getDisplayName()).isEqualTo("Renamed Person");
		assertThat(saved.getEmail()).isEqualTo("changed@example.com");
		assertThat(saved.getRoles()).containsExactly(Role.VIEWER);
		assertThat(saved.isEnabled()).isFalse();
		assertThat(saved.getUsername()).isEqualTo(user.getUsername());
		assertThat(saved.getPasswordHash()).isEqualTo(user.getPasswordHash());
	}

	@Test
	void editFormShowsTheStoredValues() {
		User user = this.data.user(uniqueName("form"), "Fiona Form", Role.VIEWER);

		MvcTestResult result = this.mvc.get().uri("/admin/users/" + user.getId() + "/edit").exchange();

		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Edit " + user.getUsername(), "value=\"Fiona Form\"")
			.containsPattern("value=\"VIEWER\"[^>]*checked")
			.doesNotContain("name=\"password\"")
			.doesNotContain("name=\"username\"");
	}

	@Test
	void editRejectsInvalidInputAndChangesNothing() {
		User user = this.data.user(uniqueName("bad"), Role.TPM);

		MvcTestResult result = edit(user, "displayName", "", "email", "x@", "roles", "");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Required.", "Enter a valid email address.", "Choose at least one role.",
				"value=\"x@\"");
		User stored = reload(user);
		assertThat(stored.getVersion()).isEqualTo(user.getVersion());
		assertThat(stored.getRoles()).containsExactly(Role.TPM);
	}

	@Test
	void staleEditIsAConflictThatShowsTheStoredValuesAndKeepsTheInput() {
		User user = this.data.user(uniqueName("stale"), "Stan Stale", Role.TPM);
		assertThat(edit(user, "displayName", "First Save")).hasStatus(HttpStatus.FOUND);

		MvcTestResult result = edit(user, "displayName", "Second Save");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result)).contains("Someone else changed this record", "First Save", "value=\"Second Save\"");
		assertThat(reload(user).getDisplayName()).isEqualTo("First Save");
	}

	@Test
	void aFailedLoginDoesNotMakeAnOpenEditFormStale() {
		User user = this.data.user(uniqueName("busy"), Role.TPM);
		this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", user.getUsername())
			.param("password", "wrong")
			.exchange();
		assertThat(reload(user).getFailedLogins()).isEqualTo(1);

		assertThat(edit(user, "displayName", "Still Fine")).hasStatus(HttpStatus.FOUND);
		assertThat(reload(user).getDisplayName()).isEqualTo("Still Fine");
	}

	// --- password reset

	@Test
	void resetPasswordSetsANewHashLiftsTheLockAndEndsRememberMeLogins() {
		User user = this.data.user(uniqueName("reset"), Role.TPM);
		this.jdbc.sql("update users set locked_until = ?, failed_logins = 3 where id = ?")
			.params(java.sql.Timestamp.from(TestClock.runNow().plus(15, ChronoUnit.MINUTES)), user.getId())
			.update();
		rememberMeToken(user);

		MvcTestResult result = post("/admin/users/" + user.getId() + "/password",
				Map.of("password", "a brand new secret"));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + user.getId());
		User saved = reload(user);
		assertThat(saved.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches("a brand new secret", saved.getPasswordHash())).isTrue();
		assertThat(saved.getLockedUntil()).isNull();
		assertThat(saved.getFailedLogins()).isZero();
		assertThat(rememberMeTokens(user)).isZero();
	}

	@Test
	void resetPasswordRefusesAShortOneAndChangesNothing() {
		User user = this.data.user(uniqueName("short"), Role.TPM);

		MvcTestResult result = post("/admin/users/" + user.getId() + "/password", Map.of("password", "too short"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Use at least 12 characters.", "Reset the password of " + user.getUsername());
		assertThat(reload(user).getPasswordHash()).isEqualTo(user.getPasswordHash());
	}

	// --- enable / disable

	@Test
	void disableAndEnableAnAccount() {
		User user = this.data.user(uniqueName("dis"), Role.TPM);
		rememberMeToken(user);

		MvcTestResult disabled = this.mvc.post()
			.uri("/admin/users/" + user.getId() + "/disable")
			.with(csrf())
			.exchange();

		assertThat(disabled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + user.getId());
		assertThat(disabled).flash().containsKey("flash");
		assertThat(reload(user).isEnabled()).isFalse();
		assertThat(rememberMeTokens(user)).as("signed out everywhere").isZero();
		assertThat(body(this.mvc.get().uri("/admin/users/" + user.getId()).exchange())).contains("Disabled", "Enable");

		assertThat(this.mvc.post().uri("/admin/users/" + user.getId() + "/enable").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(reload(user).isEnabled()).isTrue();
	}

	@Test
	void anotherAdminMayBeDemotedOrDisabledWhileAnEnabledAdminRemains() {
		User first = this.data.user(uniqueName("adm"), Role.ADMIN);
		User second = this.data.user(uniqueName("adm"), Role.ADMIN);

		assertThat(edit(first, "roles", "TPM")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/admin/users/" + second.getId() + "/disable").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);

		assertThat(reload(first).getRoles()).containsExactly(Role.TPM);
		assertThat(reload(second).isEnabled()).isFalse();
	}

	/**
	 * Runs in one transaction that is rolled back, so that this account can be the only
	 * enabled administrator for a moment without disturbing the shared database.
	 */
	@Test
	@Transactional
	void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
		User last = this.data.user(uniqueName("last"), Role.ADMIN);
		this.jdbc
			.sql("update users set enabled = false where id <> ? and id in "
					+ "(select user_id from user_roles where role = 'ADMIN')")
			.param(last.getId())
			.update();

		MvcTestResult disable = this.mvc.post()
			.uri("/admin/users/" + last.getId() + "/disable")
			.with(csrf())
			.exchange();
		assertThat(disable).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/" + last.getId());
		assertThat(disable).flash()
			.containsEntry("flashWarning", last.getUsername() + " is the last enabled administrator, so this account "
					+ "must stay an enabled administrator. Make another account an administrator first.");

		MvcTestResult demote = edit(last, "roles", "TPM");
		assertThat(demote).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(demote)).contains(last.getUsername() + " is the last enabled administrator");

		MvcTestResult disableByForm = edit(last, "enabled", "false");
		assertThat(disableByForm).hasStatus(HttpStatus.BAD_REQUEST);

		Map<String, Object> row = this.jdbc.sql("select enabled, version from users where id = ?")
			.param(last.getId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("enabled", true).containsEntry("version", last.getVersion());
		assertThat(this.jdbc.sql("select role from user_roles where user_id = ?")
			.param(last.getId())
			.query(String.class)
			.list()).containsExactly("ADMIN");
	}

	// --- unknown ids, escaping

	@Test
	void unknownIdsAreNotFound() {
		long unknown = 987_654_321L;
		for (String uri : new String[] { "/admin/users/" + unknown, "/admin/users/" + unknown + "/edit",
				"/admin/users/" + unknown + "/password" }) {
			assertThat(this.mvc.get().uri(uri).exchange()).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		for (String uri : new String[] { "/admin/users/" + unknown + "/disable",
				"/admin/users/" + unknown + "/enable" }) {
			assertThat(this.mvc.post().uri(uri).with(csrf()).exchange()).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(post("/admin/users/" + unknown + "/password", Map.of("password", "long enough password")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/admin/users/" + unknown, Map.of("displayName", "X", "roles", "TPM", "version", "0")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/users/abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void userTextIsEscapedOnEveryScreen() {
		String username = uniqueName("xss");
		assertThat(create(username, "displayName", "<script>alert('x')</script><img src=x onerror=alert(1)>"))
			.hasStatus(HttpStatus.FOUND);
		User user = this.users.findWithRolesByUsername(username).orElseThrow();

		for (String uri : new String[] { "/admin/users?q=" + username, "/admin/users/" + user.getId(),
				"/admin/users/" + user.getId() + "/edit" }) {
			String html = body(this.mvc.get().uri(uri).exchange());
			assertThat(html).as(uri)
				.contains("&lt;script&gt;")
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x");
		}
	}

	// --- only administrators

	@ParameterizedTest
	@ValueSource(strings = { "TPM", "VIEWER" })
	void nonAdminsAreRefusedEverythingAndChangeNothing(String role) {
		User target = this.data.user(uniqueName("tgt"), Role.TPM);
		User me = this.data.user(uniqueName("me"), Role.valueOf(role));
		var asMe = user(me.getUsername()).roles(role);
		String newName = uniqueName("sneaky");

		for (String uri : new String[] { "/admin/users", "/admin/users/new", "/admin/users/" + target.getId(),
				"/admin/users/" + target.getId() + "/edit", "/admin/users/" + target.getId() + "/password" }) {
			assertThat(this.mvc.get().uri(uri).with(asMe).exchange()).as("GET " + uri).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(asMe)
			.with(csrf())
			.param("username", newName)
			.param("displayName", "Sneaky")
			.param("roles", "ADMIN")
			.param("password", GOOD_PASSWORD)
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/users/" + target.getId())
			.with(asMe)
			.with(csrf())
			.param("displayName", "Hijacked")
			.param("roles", "ADMIN")
			.param("enabled", "true")
			.param("version", String.valueOf(target.getVersion()))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/users/" + target.getId() + "/password")
			.with(asMe)
			.with(csrf())
			.param("password", "attacker chosen password")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		for (String action : new String[] { "disable", "enable" }) {
			assertThat(this.mvc.post()
				.uri("/admin/users/" + target.getId() + "/" + action)
				.with(asMe)
				.with(csrf())
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(this.users.existsByUsername(newName)).isFalse();
		User stored = reload(target);
		assertThat(stored.getVersion()).isEqualTo(target.getVersion());
		assertThat(stored.getDisplayName()).isEqualTo(target.getDisplayName());
		assertThat(stored.getRoles()).containsExactly(Role.TPM);
		assertThat(stored.getPasswordHash()).isEqualTo(target.getPasswordHash());
		assertThat(stored.isEnabled()).isTrue();
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(this.mvc.get().uri("/admin/users").exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		String newName = uniqueName("anon");
		assertThat(create(newName)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.users.existsByUsername(newName)).isFalse();
	}

	private void rememberMeToken(User user) {
		this.jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, ?)")
			.params(user.getUsername(), UUID.randomUUID().toString().substring(0, 20), "token", TestClock.runNowAtUtc())
			.update();
	}

	private int rememberMeTokens(User user) {
		return this.jdbc.sql("select count(*) from persistent_logins where username = ?")
			.param(user.getUsername())
			.query(Integer.class)
			.single();
	}

}
