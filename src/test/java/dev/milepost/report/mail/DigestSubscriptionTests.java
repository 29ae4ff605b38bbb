package dev.milepost.report.mail;

import java.time.OffsetDateTime;
import java.util.Locale;

import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.report.DigestAccounts;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Subscribing to the leadership digest: a leader (VIEWER) for themselves on "My work", a
 * TPM for a stakeholder on the stakeholder's page; who is then a recipient; and the
 * digest's unsubscribe link.
 */
@IntegrationTest
class DigestSubscriptionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DigestSubscriptions subscriptions;

	@Autowired
	DigestAccounts users;

	@Autowired
	UnsubscribeTokens tokens;

	String tag;

	User leader;

	String leaderEmail;

	long stakeholder;

	String stakeholderEmail;

	@BeforeEach
	void people() {
		this.tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		this.leader = this.data.user("leader-" + this.tag, "Lee " + this.tag, Role.VIEWER);
		this.leaderEmail = "lee-" + this.tag + "@example.org";
		this.jdbc.sql("update users set email = :email where id = :id")
			.param("email", this.leaderEmail)
			.param("id", this.leader.getId())
			.update();
		this.stakeholderEmail = "sam-" + this.tag + "@example.org";
		this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, created_at, updated_at)
				values (:name, :email, 'HIGH', 'HIGH', :now, :now)""")
			.param("name", "Sam " + this.tag)
			.param("email", this.stakeholderEmail)
			.param("now", TestClock.runNowAtUtc())
			.update();
		this.stakeholder = this.jdbc.sql("select id from stakeholders where email = ?")
			.param(this.stakeholderEmail)
			.query(Long.class)
			.single();
	}

	@Test
	void aLeaderSubscribesAndUnsubscribesOnMyWork() {
		assertThat(this.mvc.get().uri("/me").with(user(this.leader.getUsername()).roles("VIEWER"))).hasStatusOk()
			.bodyText()
			.contains("You do not receive it.", ">Subscribe<");

		assertThat(this.mvc.post()
			.uri("/me/digest-subscription")
			.param("subscribe", "true")
			.with(csrf())
			.with(user(this.leader.getUsername()).roles("VIEWER"))).hasStatus3xxRedirection().hasRedirectedUrl("/me");
		assertThat(this.mvc.post()
			.uri("/me/digest-subscription")
			.param("subscribe", "true")
			.with(csrf())
			.with(user(this.leader.getUsername()).roles("VIEWER"))).hasStatus3xxRedirection();
		assertThat(this.subscriptions.recipients()).filteredOn((r) -> r.email().equals(this.leaderEmail))
			.containsExactly(new Recipient("Lee " + this.tag, this.leaderEmail,
					Unsubscription.digestOfUser(this.leader.getId())));
		assertThat(this.mvc.get().uri("/me").with(user(this.leader.getUsername()).roles("VIEWER"))).hasStatusOk()
			.bodyText()
			.contains("You receive it at " + this.leaderEmail + ".", ">Unsubscribe<");

		assertThat(this.mvc.post()
			.uri("/me/digest-subscription")
			.param("subscribe", "false")
			.with(csrf())
			.with(user(this.leader.getUsername()).roles("VIEWER"))).hasStatus3xxRedirection();
		assertThat(this.users.account(this.leader.getUsername()).subscribed()).isFalse();
	}

	@Test
	void aUserWithoutAnAddressIsToldWhyAndNotSubscribed() {
		User noMail = this.data.user("nomail-" + this.tag, Role.VIEWER);
		assertThat(this.mvc.post()
			.uri("/me/digest-subscription")
			.param("subscribe", "true")
			.with(csrf())
			.with(user(noMail.getUsername()).roles("VIEWER"))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashWarning",
					"Your account has no e-mail address, so the digest cannot be sent to you. Ask an administrator to add one.");
		assertThat(this.users.account(noMail.getUsername()).subscribed()).isFalse();
	}

	@Test
	void aTpmSubscribesAStakeholderWhoLeavesThroughTheLinkOfTheDigest() {
		assertThat(this.mvc.get().uri("/stakeholders/{id}", this.stakeholder).with(user("a-tpm").roles("TPM")))
			.hasStatusOk()
			.bodyText()
			.contains("Does not receive the leadership digest.");
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/digest-subscription", this.stakeholder)
			.param("subscribe", "true")
			.with(csrf())
			.with(user("a-tpm").roles("TPM"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/stakeholders/" + this.stakeholder);
		assertThat(this.mvc.get().uri("/stakeholders/{id}", this.stakeholder).with(user("a-tpm").roles("TPM")))
			.hasStatusOk()
			.bodyText()
			.contains("Receives the leadership digest.");
		assertThat(this.subscriptions.recipients()).extracting(Recipient::email).contains(this.stakeholderEmail);

		// a viewer may see it but not change it
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/digest-subscription", this.stakeholder)
			.param("subscribe", "false")
			.with(csrf())
			.with(user("a-viewer").roles("VIEWER"))).hasStatus(403);

		String token = this.tokens.sign(Unsubscription.digestOfStakeholder(this.stakeholder));
		assertThat(this.mvc.get().uri("/unsubscribe").param("token", token).with(anonymous())).hasStatusOk()
			.bodyText()
			.contains("Stop sending the leadership digest to s***@example.org?");
		assertThat(this.mvc.post().uri("/unsubscribe").param("token", token).with(anonymous())).hasStatusOk()
			.bodyText()
			.contains("s***@example.org no longer receives the leadership digest.");
		assertThat(this.subscriptions.receivesDigest(this.stakeholder)).isFalse();
		assertThat(this.subscriptions.recipients()).extracting(Recipient::email).doesNotContain(this.stakeholderEmail);
	}

	@Test
	void archivedStakeholdersAndDisabledUsersGetNoDigest() {
		this.subscriptions.subscribeStakeholder(this.stakeholder);
		this.subscriptions.subscribeUser(this.leader.getId());
		this.jdbc.sql("update stakeholders set archived = true where id = ?").param(this.stakeholder).update();
		this.jdbc.sql("update users set enabled = false where id = ?").param(this.leader.getId()).update();
		assertThat(this.subscriptions.recipients()).extracting(Recipient::email)
			.doesNotContain(this.stakeholderEmail, this.leaderEmail);
	}

}
