/**
 * 政务公开: the public progress page {@code /public}, without login, for a plan year the
 * coordinator switched on. Everything on it comes from the latest issued bulletin's
 * frozen snapshot and from published typical experience; pages are rendered once per
 * version and served from memory, with no session and no cookie.
 */
package cn.tangshan.minsheng.disclosure;
