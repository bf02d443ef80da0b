package cn.tangshan.minsheng.bulletin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tangshan.minsheng.bulletin.BulletinView;
import cn.tangshan.minsheng.document.PrintViews;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * The PDFs of issued bulletins, made once and kept. An issued bulletin never changes (its
 * figures are the snapshot frozen when it was issued, its version moves no more), so its
 * PDF is the same bytes for everyone who may read it; making one takes about a second and
 * tens of MB (issue #14: every county downloads the bulletin the day it is issued).
 * Drafts show today's figures and are made afresh.
 */
@Component
class IssuedPdfs {

	/** Bulletins kept (about 200 KB each): a year's issues. */
	static final int MAX_KEPT = 24;

	private final PrintViews printViews;

	private final Map<List<Object>, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<Object>, byte[]> eldest) {
			return size() > MAX_KEPT;
		}

	};

	IssuedPdfs(PrintViews printViews) {
		this.printViews = printViews;
	}

	byte[] get(BulletinView bulletin, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (!bulletin.isIssued()) {
			throw new IllegalArgumentException("Only an issued bulletin's PDF is kept");
		}
		List<Object> key = List.of(bulletin.id(), bulletin.version(), locale);
		synchronized (this.kept) {
			byte[] pdf = this.kept.get(key);
			if (pdf != null) {
				return pdf;
			}
		}
		byte[] pdf = this.printViews.pdf("bulletin/print", Map.of("b", bulletin, "pdfAvailable", true), request,
				response);
		synchronized (this.kept) {
			this.kept.put(key, pdf);
		}
		return pdf;
	}

	/** How many PDFs are kept (for tests). */
	int size() {
		synchronized (this.kept) {
			return this.kept.size();
		}
	}

}
