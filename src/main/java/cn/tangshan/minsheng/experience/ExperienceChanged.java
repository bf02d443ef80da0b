package cn.tangshan.minsheng.experience;

/**
 * Published whenever an article of a plan year changes state or content, so that pages
 * built from published articles (the public page) know to build again.
 */
public record ExperienceChanged(Long id, int planYear) {
}
