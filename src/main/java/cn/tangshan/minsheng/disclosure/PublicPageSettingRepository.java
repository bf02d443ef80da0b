package cn.tangshan.minsheng.disclosure;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicPageSettingRepository extends JpaRepository<PublicPageSetting, Long> {

}
