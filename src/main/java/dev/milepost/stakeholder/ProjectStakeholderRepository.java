package dev.milepost.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectStakeholderRepository extends JpaRepository<ProjectStakeholder, Long> {

	boolean existsByProjectIdAndStakeholderId(Long projectId, Long stakeholderId);

	boolean existsByStakeholderId(Long stakeholderId);

	Optional<ProjectStakeholder> findByIdAndStakeholderId(Long id, Long stakeholderId);

	@Query("""
			select new dev.milepost.stakeholder.StakeholderLinkView(l.id, s.id, s.name, s.email, s.title,
			    s.organisation, s.influence, s.interest, l.role, false)
			from ProjectStakeholder l join l.stakeholder s
			where l.project.id = :projectId and s.archived = false""")
	List<StakeholderLinkView> findViewsByProject(Long projectId);

	@Query("""
			select new dev.milepost.stakeholder.StakeholderProjectLink(l.id, l.version, p.id, g.key, p.key, p.name,
			    p.archived, l.role)
			from ProjectStakeholder l join l.project p join p.program g
			where l.stakeholder.id = :stakeholderId
			order by g.key, p.key""")
	List<StakeholderProjectLink> findLinksOfStakeholder(Long stakeholderId);

}
