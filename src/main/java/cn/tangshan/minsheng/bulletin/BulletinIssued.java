package cn.tangshan.minsheng.bulletin;

/**
 * Published in the transaction that issued a bulletin: pages built from the latest issued
 * bulletin (the public page) build again.
 */
public record BulletinIssued(Long bulletinId, Long planId, int number) {
}
