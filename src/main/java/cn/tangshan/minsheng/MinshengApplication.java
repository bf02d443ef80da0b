package cn.tangshan.minsheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 民生工程调度平台: the portal a city government uses to run its annual livelihood projects.
 */
@SpringBootApplication
public class MinshengApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinshengApplication.class, args);
	}

}
