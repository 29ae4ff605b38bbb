package dev.milepost.stakeholder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramStakeholderRepository extends JpaRepository<ProgramStakeholder, Long> {

	boolean existsByProgramIdAndStakeholderId(Long programId, Long stakeholderId);

	boolean existsByStakeholderId(Long stakeholderId);

	Optional<ProgramStakeholder> findByIdAndStakeholderId(Long id, Long stakeholderId);

	Optional<ProgramStakeholder> findByProgramIdAndStakeholderId(Long programId, Long stakeholderId);

	/**
	 * Rows of [stakeholder id, number of program links] for those of {@code ids} that
	 * have any.
	 */
	@Query("select l.stakeholder.id, count(l) from ProgramStakeholder l where l.stakeholder.id in :ids group by l.stakeholder.id")
	List<Object[]> countByStakeholderIds(Collection<Long> ids);

	@Query("""
			select new dev.milepost.stakeholder.StakeholderLinkView(l.id, s.id, s.name, s.email, s.title,
			    s.organisation, s.influence, s.interest, l.role, l.receivesWeeklyReport)
			from ProgramStakeholder l join l.stakeholder s
			where l.program.id = :programId and s.archived = false""")
	List<StakeholderLinkView> findViewsByProgram(Long programId);

	@Query("""
			select new dev.milepost.stakeholder.StakeholderProgramLink(l.id, l.version, p.id, p.key, p.name,
			    p.archived, l.role, l.receivesWeeklyReport)
			from ProgramStakeholder l join l.program p
			where l.stakeholder.id = :stakeholderId
			order by p.key""")
	List<StakeholderProgramLink> findLinksOfStakeholder(Long stakeholderId);

}
