package cn.tangshan.minsheng.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionEventRepository extends JpaRepository<SupervisionEvent, Long> {

	List<SupervisionEvent> findByOrderIdOrderByAtAscIdAsc(Long orderId);

}
