package dev.milepost.authz;

import java.util.List;
import java.util.function.BooleanSupplier;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.authz.Fixtures.Principal;
import dev.milepost.security.Access;
import dev.milepost.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The {@code access} bean as controllers and templates use it: answers per role and
 * ownership, one SQL statement per ownership check (none for ADMIN), unknown ids.
 */
@IntegrationTest
class AccessTests {

	@Autowired
	Access access;

	@Autowired
	StatementCounter statements;

	@Autowired
	ApplicationContext context;

	World world;

	@BeforeEach
	void world() {
		this.world = new Fixtures(this.context).world();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(Principal who) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.username, null,
					List.of(new SimpleGrantedAuthority(who.role.authority()))));
	}

	List<BooleanSupplier> ownershipChecks() {
		World w = this.world;
		return List.of(() -> this.access.canEditProgram(w.program()), () -> this.access.canEditProject(w.project()),
				() -> this.access.canEditMilestone(w.successor()), () -> this.access.canEditRisk(w.risk()),
				() -> this.access.canEditProgramLink(w.programLink()),
				() -> this.access.canEditProjectLink(w.projectLink()));
	}

	@Test
	void ownersAndEditorsMayEditEverythingInTheirProgramWithOneStatementPerCheck() {
		for (Principal who : List.of(Principal.OWNER, Principal.EDITOR)) {
			signIn(who);
			for (BooleanSupplier check : ownershipChecks()) {
				this.statements.reset();
				assertThat(check.getAsBoolean()).as(who.name()).isTrue();
				assertThat(this.statements.count()).as("statements").isOne();
			}
		}
	}

	@Test
	void othersMayNot() {
		for (Principal who : List.of(Principal.STRANGER, Principal.VIEWER)) {
			signIn(who);
			for (BooleanSupplier check : ownershipChecks()) {
				assertThat(check.getAsBoolean()).as(who.name()).isFalse();
			}
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.access.requireEditMilestone(this.world.successor()));
		}
		SecurityContextHolder.clearContext();
		for (BooleanSupplier check : ownershipChecks()) {
			assertThat(check.getAsBoolean()).as("anonymous").isFalse();
		}
		assertThat(this.access.canCreateProgram()).isFalse();
		assertThat(this.access.canEditStakeholders()).isFalse();
	}

	@Test
	void anAdminMayEditEverythingWithoutAQuery() {
		signIn(Principal.ADMIN);
		this.statements.reset();
		for (BooleanSupplier check : ownershipChecks()) {
			assertThat(check.getAsBoolean()).isTrue();
		}
		assertThat(this.access.canManageUsers()).isTrue();
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void everyTpmMayCreateProgramsAndEditTheStakeholderDirectory() {
		signIn(Principal.STRANGER);
		assertThat(this.access.canCreateProgram()).isTrue();
		assertThat(this.access.canEditStakeholders()).isTrue();
		assertThat(this.access.canManageUsers()).isFalse();
		signIn(Principal.VIEWER);
		assertThat(this.access.canCreateProgram()).isFalse();
		assertThat(this.access.canEditStakeholders()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.access::requireCreateProgram);
	}

	@Test
	void unknownRecordsAreNotFoundRatherThanRefused() {
		signIn(Principal.STRANGER);
		Long unknown = 987654321L;
		assertThat(this.access.canEditMilestone(unknown)).isFalse();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.access.requireEditMilestone(unknown));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.access.requireEditProgram(unknown));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.access.requireEditProjectLink(unknown));
		// chosen in a form: left to the form's own validation
		assertThatNoException().isThrownBy(() -> this.access.requireEditProgramTarget(unknown));
		assertThatNoException().isThrownBy(() -> this.access.requireEditProgramTarget(null));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.access.requireEditProgramTarget(this.world.program()));
	}

}
