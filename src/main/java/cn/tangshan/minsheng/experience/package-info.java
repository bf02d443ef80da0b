/**
 * 典型经验: articles a county or a department writes about its work on a project (title,
 * text, up to 6 photos). The coordinator publishes them (the cockpit and the public page
 * show published ones), returns them with a reason, or marks them for the next bulletin,
 * whose 典型经验 section carries them once.
 */
package cn.tangshan.minsheng.experience;
