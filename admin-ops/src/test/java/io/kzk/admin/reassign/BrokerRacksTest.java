package io.kzk.admin.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kzk.common.KzkException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokerRacksTest {
    @Test
    void parsesBrokerColonRackLists() {
        assertEquals(Map.of(0, "r1", 1, "r2", 10, "east-1a"), BrokerRacks.parse("0:r1, 1:r2,10:east-1a").racks());
        assertEquals(Map.of(), BrokerRacks.parse(" ").racks());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0:r1,,1:r2 | broker racks '0:r1,,1:r2': an empty item; expected BROKER:RACK,BROKER:RACK such as 0:r1,1:r2
            0=r1       | broker racks '0=r1': '0=r1' has no ':'; expected BROKER:RACK such as 0:r1
            x:r1       | broker racks 'x:r1': 'x' in 'x:r1' is not a broker id
            -1:r1      | broker racks '-1:r1': broker id -1 is negative
            0:         | broker racks '0:': broker 0 has an empty rack name
            0:a,0:b    | broker racks '0:a,0:b': broker 0 is given twice (a and b)
            """)
    void refusesWhatIsNotBrokerColonRack(String text, String message) {
        assertEquals(message, assertThrows(KzkException.class, () -> BrokerRacks.parse(text)).getMessage());
    }
}
