package cn.tangshan.minsheng.disclosure;

/** The switch was flipped by someone else since the page was opened. */
public class PublicPageConflictException extends RuntimeException {

	PublicPageConflictException() {
		super("public.conflict", null, false, false);
	}

}
