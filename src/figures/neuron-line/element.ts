import { defineFigure } from '../kit/figure-element.ts';
import { figure } from './figure.ts';

defineFigure(figure);
