package cn.tangshan.minsheng.experience;

/**
 * An article as a bulletin's 典型经验 section carries it.
 */
public record BulletinExperience(Long id, String title, String unitName, String projectName, String body) {
}
