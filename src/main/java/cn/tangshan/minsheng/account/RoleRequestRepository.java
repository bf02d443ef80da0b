package cn.tangshan.minsheng.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRequestRepository extends JpaRepository<RoleRequest, Long> {

	List<RoleRequest> findByStatusOrderByRequestedAtAscIdAsc(RoleRequest.Status status);

	List<RoleRequest> findTop50ByStatusNotOrderByDecidedAtDescIdDesc(RoleRequest.Status status);

	Optional<RoleRequest> findByUserIdAndStatus(Long userId, RoleRequest.Status status);

}
