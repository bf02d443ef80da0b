package cn.tangshan.minsheng.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionEvidenceRepository extends JpaRepository<SupervisionEvidence, Long> {

}
